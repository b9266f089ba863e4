"""w021–w030."""
from lib import B, E

F, A, N = 'facing', 'affecting', 'none'


def w021():
    b = B('mon', ' – ', 'Present')
    b.sec('Personal profile')
    b.p('Former infantry senior NCO (22 years) now managing facilities for a science park. Calm under pressure, used '
        'to leading teams and keeping people safe.')
    b.sec('Employment since leaving the Army')
    b.job(E('Facilities Manager', 'Harcourt Science Park', 'Marlow Fen', '2019-05', 'present', A, None, [
        'Run planned and reactive maintenance for 11 buildings let to 30 tenant companies',
        'Manage cleaning, security and grounds contractors against service-level agreements',
        'Cut energy use 18% with a BMS re-commissioning project']), 'org_title')
    b.job(E('Security Officer – Reception', 'Sentinel Guarding Ltd', 'Kestrel House, Marlow Fen', '2017-09', '2019-04',
            F, 'in_person_service', ['Ran the front desk: signed in visitors, issued passes and handled deliveries',
                                     'Patrols and alarm response out of hours']), 'org_title')
    b.job(E('Resettlement Work Placement (unpaid)', 'Harcourt Science Park', 'Marlow Fen', '2017-01', '2017-01', A, None, [
        'Four weeks with the facilities team shadowing the maintenance planner'], et='internship',
        dt='Jan 2017 (4 weeks)'), 'org_title')
    b.sec('Military service')
    b.row('2nd Battalion, The Fenland Rifles', '1995 – 2017 (22 years)', 'b')
    for e in [
        E('Platoon Sergeant', '2nd Battalion, The Fenland Rifles', None, '2011', '2017', N, None, [
            'Second in command of a 30-strong rifle platoon; training, welfare and discipline',
            'Two operational tours; Mention in Despatches 2012']),
        E('Army Careers Adviser (Corporal)', 'Army Careers Centre', 'Fenchester', '2008', '2010', F, 'other_facing', [
            'Talked to walk-in applicants and their parents about army careers, in the office and at school careers fairs']),
        E('Section Commander (Corporal)', '2nd Battalion, The Fenland Rifles', None, '2003', '2007', N, None, [
            'Led an eight-soldier section; instructor on the junior NCO cadre']),
        E('Rifleman / Lance Corporal', '2nd Battalion, The Fenland Rifles', None, '1995', '2002', N, None, []),
    ]:
        b.add(e)
        b.row(e.title + (f' – {e.org}, {e.loc} (detached posting)' if e.loc else ''), b.d(e), 'bi')
        b.buls(e)
        b.gap()
    b.sec('Other')
    b.job(E('Parent Governor', 'Marlow Fen Primary School', 'Marlow Fen', '2020-09', 'present', N, None, [
        'Sit on the resources committee; link governor for health and safety'], section='other', et='volunteer'),
          'org_title')
    b.sec('Qualifications')
    b.p('IWFM Level 4 Certificate in Facilities Management (2019) · NEBOSH General Certificate · SIA Door Supervisor '
        'and Security Guarding licences · ILM Level 5 Leadership and Management (resettlement)')
    return dict(file='w021.docx', renderer='docx', name='Gareth Pryce-Holloway',
                contact=['Marlow Fen', '07700 900 238', 'g.pryceholloway@mail.example'], b=b,
                opt=dict(mode='styles', header_contact=True, font='Cambria', size=11, list_bullets=False),
                family='UK army veteran, Word with name and contact in the page header, regiment heading with total '
                       'tenure and ranks dated by year, a detached recruiting posting, 4-week resettlement placement',
                layout='docx, header/org_title + nested ranks, mon + year / \'Present\'')


def w022():
    b = B('mon', ' to ', 'Present')
    b.sec('Objective')
    b.p('Restaurant supervisor with five cruise-ship contracts and six years in resort dining, seeking an F&B '
        'assistant manager post.')
    b.sec('Land-based experience')
    b.job(E('Restaurant Supervisor', 'Casa Lumina Beach Resort', 'San Isidro Norte, La Paloma', '2018-02', 'present', F,
            'in_person_service', ['Supervise a 120-seat all-day restaurant and 18 servers',
                                  'Take guest feedback table by table and resolve complaints on the spot']), 'pipe')
    b.sec('Sea-based experience')
    b.row('Sea Jewel Cruise Line – five contracts', '2012 to 2017', 'b')
    for i, (t, ship, s, e_, cs, k, bl) in enumerate([
            ('Galley Utility', 'MV Coral Aurora', '2012-03', '2012-11', A, None, ['Washed pots and kept the galley clean']),
            ('Assistant Waiter', 'MV Coral Aurora', '2013-01', '2013-09', F, 'in_person_service', ['Served the main dining room; two sittings a night']),
            ('Assistant Waiter', 'MV Coral Serenade', '2013-11', '2014-08', F, 'in_person_service', []),
            ('Waiter', 'MV Coral Serenade', '2014-10', '2015-07', F, 'in_person_service', ['Own station of 16 guests; wine and beverage sales']),
            ('Head Waiter', 'MV Coral Serenade', '2015-09', '2017-06', F, 'in_person_service', [
                'Led 12 waiters; handled special diets and guest complaints in the dining room',
                'Extended contract, two consecutive terms'])], start=1):
        e = b.add(E(t, 'Sea Jewel Cruise Line', None, s, e_, cs, k, bl))
        b.row(f'Contract {i}: {t} – {ship}', b.d(e), 'bi')
        b.buls(e)
    b.gap()
    b.job(E('Hotel & Restaurant Management OJT', 'Bayview Suites Hotel', 'La Paloma City', '2011-06', '2011-10', F,
            'in_person_service', ['On-the-job training: front desk and room service'], et='internship'), 'pipe')
    side = [('sec', 'Personal data'), ('p', 'Born 1990, Filipino'), ('p', 'Seaman\'s book and US C1/D visa valid'),
            ('sec', 'Training'), ('p', 'Basic Safety Training (STCW)'), ('p', 'Crowd management'),
            ('sec', 'Education'), ('p', 'BS Hotel & Restaurant Management, La Paloma Maritime College, 2011')]
    return dict(file='w022.html', renderer='html', name='Rommel A. Dizon',
                contact=['San Isidro Norte, La Paloma, Philippines', '+63 917 555 0162 · rommel.dizon@mail.example'],
                side=side, b=b, opt=dict(),
                family='Filipino cruise-ship waiter, HTML with aside, cruise line heading with five numbered contracts on '
                       'two ships, OJT, land-based supervisor role',
                layout='html, aside/orgfirst contracts + pipe, mon / \'Present\'')


def w023():
    b = B('mm.yyyy', ' – ', 'today')
    b.sec('Professional experience')
    b.job(E('Field Service Engineer', 'Hallwerk Pumpen GmbH', 'Oberweilach, Germany', '2019-03', 'present', F,
            'other_facing', [
                'Commission and repair industrial pump systems at customer plants in Germany, Austria and Poland',
                'Train customers\' operators on site and agree fixes with plant managers',
                'Write service reports and feed recurring faults back to design']), 'title_org')
    b.job(E('Parental leave', None, None, '2021-01', '2021-06', N, None, [], et='unknown'), 'title_org')
    b.job(E('Design Engineer', 'Hallwerk Pumpen GmbH', 'Oberweilach, Germany', '2014-09', '2019-02', N, None, [
        'Designed impellers and housings in Creo; FEM checks with ANSYS',
        'Owned drawings and BOMs for the HX series through two product generations',
        'Ran the test-bench programme for the 2017 redesign']), 'title_org')
    b.job(E('Working Student, Engine Test Bench', 'Brunnfeld Motorenwerke AG', 'Brunnfeld, Germany', '2011-10',
            '2014-08', N, None, ['12 hours a week during my studies: prepared test runs and evaluated measurement data'],
            section='other'), 'title_org')
    b.job(E('Internship (Praktikum), Assembly', 'Brunnfeld Motorenwerke AG', 'Brunnfeld, Germany', '2010-07', '2010-09',
            N, None, ['Basic practical training on the assembly line'], et='internship'), 'title_org')
    b.job(E('Civilian Service (Zivildienst)', 'Haus Lindenhof Care Home', 'Oberweilach, Germany', '2008-07', '2009-03',
            F, 'healthcare_care', ['Helped residents with meals, walks and daily activities; accompanied them to appointments']),
          'title_org')
    b.sec('Volunteer work')
    b.job(E('Youth Football Coach (U11)', 'TSV Oberweilach 1921 e.V.', 'Oberweilach, Germany', '2015-08', 'present', F,
            'volunteering', ['Two training sessions a week and Saturday matches'], section='volunteer', et='volunteer'),
          'title_org')
    b.sec('Education')
    b.p('10.2009 – 08.2014  B.Eng. and M.Eng. Mechanical Engineering, Hochschule Brunnfeld')
    b.p('06.2008  Abitur, Gymnasium Oberweilach')
    b.sec('Languages')
    b.p('German (native), English (C1), Polish (A2)')
    b.sec('IT skills')
    b.p('PTC Creo, ANSYS Mechanical, SAP PM, MS Office, Python (basic)')
    b.sec('Additional information')
    b.p('Driving licence class B · willing to travel 50% · available with three months\' notice')
    return dict(file='w023.pdf', renderer='fpdf', name='Tobias Reinhardt',
                contact=['Lindenstraße 14, 79999 Oberweilach, Germany', '+49 151 5550 1842 · tobias.reinhardt@mail.example'],
                b=b, opt=dict(size=12, lead=0.6, footer='{name} · CV · {p}/{n}', runline='tobias.reinhardt@mail.example'),
                family='German field service engineer, fpdf2 2-page English CV with mm.yyyy dates and "today", '
                       'parental leave inside a job, working student, Praktikum, civilian service',
                layout='fpdf2, 2-page/title_org, mm.yyyy / \'today\'')


def w024():
    b = B('mon', ' - ', 'current')
    b.sec('Summary')
    b.p('Handy, dependable and good with people. I piece together several app-based jobs and fix things in people\'s '
        'homes. Looking for a full-time maintenance job with benefits.')
    b.sec('Current work (independent contractor)')
    b.job(E('Handyman (Tasker)', 'TaskNest', 'Lake Orrin, MN', '2022-06', 'present', F, 'other_facing', [
        'Assemble furniture, mount TVs and fix leaky faucets in customers\' homes; 4.9-star rating over 600 jobs',
        'Quote jobs with customers on the doorstep and explain what I fixed'], et='freelance'), 'dash')
    b.job(E('Grocery Shopper', 'Cartly', 'Lake Orrin, MN', '2022-01', 'present', F, 'in_person_service', [
        'Shop orders, text customers about substitutions and hand bags over at the door'], et='freelance'), 'dash')
    b.job(E('Rideshare Driver', 'Hopride', 'Lake Orrin, MN', '2021-03', '2023-08', F, 'in_person_service', [], et='freelance'), 'dash')
    e = b.add(E('Career break - caring for my father', None, None, '2019', '2020', N, None, [
        'Full-time care after his stroke; managed his appointments and medications'], et='unknown'))
    b.row(e.title, b.d(e), 'b')
    b.buls(e)
    b.gap()
    b.sec('Earlier jobs')
    b.job(E('Maintenance Technician', 'Pinebrook Apartments', 'Lake Orrin, MN', '2012-04', '2018-12', F, 'other_facing', [
        'Completed work orders in occupied units and explained repairs to residents',
        'Turned over vacant apartments: paint, flooring, appliances']), 'dash')
    b.job(E('Line Cook', "Buckley's Supper Club", 'Sauk Hollow, MN', '2007-05', '2012-03', A, None, [
        'Grill and fry stations for Friday fish fries of 300 covers']), 'dash')
    b.job(E('Snow Plow Driver (seasonal)', 'Sauk Hollow Public Works', 'Sauk Hollow, MN', '2010-12', '2011-03', N, None,
            ['Night plow routes on county roads']), 'dash')
    b.sec('Certifications')
    b.p('EPA 608 Universal · CPO pool operator (expired) · Valid MN driver\'s license, clean record')
    return dict(file='w024.txt', renderer='txt', name='Travis Lindqvist',
                contact=['Lake Orrin, MN 56999  |  (218) 555-0143  |  tlindqvist@mail.example'], b=b,
                opt=dict(caps=False, underline='-', bullet='  • ', width=88),
                family='US gig worker as plain text, three overlapping app jobs, career break caring for a parent, '
                       'maintenance tech in occupied units, seasonal plow job, "current"',
                layout='txt, plain/dash, mon / \'current\'')


def w025():
    b = B('mon', '–', 'Present')
    b.sec('Experience')
    b.job(E('Social Customer Care Team Lead', 'Pellow & Finch', 'Hartsbridge', '2023-02', 'present', F, 'digital_service', [
        'Lead six advisers answering customers on Instagram, X, TikTok and WhatsApp, 7 days a week',
        'Pick up escalated complaints myself and move them to DM to resolve',
        'Cut first-response time on social from 3 hours to 38 minutes']), 'title_org')
    b.job(E('Community Manager', 'Thornpike Games', 'Hartsbridge', '2020-06', '2023-01', F, 'digital_service', [
        'Ran the official Discord (80k members) and forums; answered players\' bug and account questions',
        'Hosted monthly live Q&As with the dev team']), 'title_org')
    b.job(E('Content Executive', 'Thornpike Games', 'Hartsbridge', '2019-03', '2020-05', A, None, [
        'Wrote patch notes, newsletters and scheduled social posts']), 'title_org')
    b.job(E('Freelance Social Media Manager', 'Self-employed', None, '2017-09', '2019-02', A, None, [
        'Planned and drafted posts for a florist, a gym and two cafés; sent monthly analytics reports'],
        et='freelance'), 'title_org')
    b.job(E('Barista (part-time, while at uni)', 'Beanhouse Coffee', 'Lowmoor', '2014-10', '2017-06', F,
            'in_person_service', []), 'title_org')
    b.sec('Volunteering & trusteeships')
    b.job(E('Volunteer Forum Moderator', 'Parents Together Online', None, '2018-01', 'present', F, 'volunteering', [
        'Moderate the bereavement and SEND boards; reply to new members and signpost them to help'],
        section='volunteer', et='volunteer'), 'title_org')
    b.job(E('Trustee', 'Lowmoor Youth Radio', 'Lowmoor', '2021-04', '2024-03', N, None, [
        'Board member responsible for the charity\'s safeguarding policy'], section='other', et='volunteer'), 'title_org')
    b.sec('Education')
    b.p('BA (Hons) Media and Communication, University of Lowmoor, 2017')
    return dict(file='w025.md', renderer='md', name='Bethan Carlisle-Ode',
                contact=['Hartsbridge', 'bethan.co@mail.example', '07700 900 566'], b=b,
                opt=dict(h='### ', mdsep=' — '),
                family='UK social-care team lead in Markdown, h3 titles with dates, same employer twice (content then '
                       'community), freelance drafting for clients, forum moderator and trustee',
                layout='md, h3/title_org, mon / \'Present\'')


def w026():
    b = B('mm/yyyy', ' – ', 'Present')
    b.sec('Summary')
    b.p('Medical-device sales leader with 14 years at one distributor, from inside sales to regional manager, and '
        'a retail start. President\'s Club 2016, 2019, 2023.')
    b.sec('Professional experience')
    b.row('Harmon Medical Supply, Cedar Ford, IA', '09/2012 – Present (14 yrs 3 mos)', 'b')
    for e in [
        E('Regional Sales Manager', 'Harmon Medical Supply', 'Cedar Ford, IA', '2021-01', 'present', F, 'sales_account', [
            'Lead 9 territory reps across Iowa, Nebraska and South Dakota; $38M annual revenue',
            'Own the top 12 health-system accounts myself: quarterly business reviews with purchasing and nursing leaders',
            'Forecasting, quota setting and hiring']),
        E('Territory Account Manager', 'Harmon Medical Supply', 'Cedar Ford, IA', '2015-04', '2020-12', F, 'sales_account', [
            'Visited 120 clinics, surgery centers and long-term-care homes; in-service training for nurses on new products',
            'Grew territory from $3.1M to $5.4M']),
        E('Inside Sales Representative', 'Harmon Medical Supply', 'Cedar Ford, IA', '2012-09', '2015-03', F, 'sales_account', [
            'Phone and email quotes for small clinics; reorders and backorder updates']),
    ]:
        b.add(e)
        b.row(e.title, b.d(e, 'yrs'), 'bi')
        b.buls(e)
        b.gap()
    b.job(E('Weekend Sales Associate', 'Fairway Pro Shop at Cedar Ford Country Club', 'Cedar Ford, IA', '2013-04', '2016-10',
            F, 'in_person_service', ['Seasonal weekend shifts: club fittings, tee-time check-in and register']), 'title_org')
    b.job(E('Sales Associate / Department Lead', 'Electro City', 'Marengo Falls, IA', '2008-06', '2012-08', F,
            'in_person_service', ['Sold TVs and home theatre; led the department of 6 from 2010',
                                  'Handled returns and extended-warranty claims at the counter']), 'title_org')
    b.job(E('Warehouse Receiver (summer)', 'Electro City Distribution', 'Marengo Falls, IA', '2007-06', '2007-08', A, None,
            ['Checked in inbound freight against purchase orders'], dt='Summer 2007'), 'title_org')
    b.sec('Community')
    b.job(E('Member, Economic Development Committee', 'Cedar Ford Chamber of Commerce', 'Cedar Ford, IA', '2019', 'present',
            N, None, ['Review small-business grant applications'], section='other', et='volunteer'), 'title_org')
    b.job(E('Head Coach (volunteer)', 'Cedar Ford Little League', 'Cedar Ford, IA', '2017', '2022', F, 'volunteering', [
        'Coached a team of 12 ten-year-olds; ran practices and kept parents in the loop'],
        section='volunteer', et='volunteer'), 'title_org')
    b.sec('Education')
    b.p('B.B.A. Marketing, Prairie Ridge University, 2008')
    b.sec('Awards')
    b.p('President\'s Club 2016, 2019, 2023 · Rookie of the Year 2015')
    side = [('sec', 'Contact'), ('p', '(319) 555-0173'), ('p', 'nate.sorensen@mail.example'), ('p', 'Cedar Ford, IA'),
            ('sec', 'Strengths'), ('bul', 'Key-account management'), ('bul', 'Territory planning'),
            ('bul', 'Coaching sales teams'), ('bul', 'Salesforce CRM'), ('bul', 'Contract negotiation'),
            ('sec', 'Industries'), ('p', 'Acute care, long-term care, ambulatory surgery')]
    return dict(file='w026.pdf', renderer='rl', name='Nathan Sorensen', contact=['Regional Sales Manager'], side=side,
                b=b, opt=dict(size=11, lead=1.5, letter=True, runline='Nathan Sorensen · (319) 555-0173',
                              footer='Page {p} of {n}', caps=False),
                family='US medical-device sales manager, reportlab with first-page sidebar, 2 pages, employer with total '
                       'tenure "(14 yrs 3 mos)" and per-role tenures, weekend pro-shop job overlapping, summer job',
                layout='reportlab, sidebar 2-page/orgfirst, mm/yyyy + tenure / \'Present\'')


def w027():
    b = B('mon', ' to ', 'Till Date')
    b.sec('Career Objective')
    b.p('To lead the housekeeping department of a premium hotel, using 14 years of experience in India and the UAE.')
    b.sec('Professional Experience')
    b.job(E('Executive Housekeeper', 'Qasr Al Murjan Hotel', 'Port Rashidah, UAE', '2019-01', 'present', F,
            'in_person_service', ['Head a department of 85 for 320 rooms and suites, laundry and public areas',
                                  'Meet VIP and long-stay guests on arrival and deal with room complaints in person',
                                  'Cut linen cost by 14% through par-level review']), 'dateline')
    b.job(E('Assistant Housekeeper', 'Qasr Al Murjan Hotel', 'Port Rashidah, UAE', '2016-05', '2018-12', A, None, [
        'Supervised 40 room attendants; inspected rooms before release to front office',
        'Managed the lost-and-found and the minibar restocking schedule']), 'dateline')
    b.job(E('Career gap – visa processing and relocation', None, None, '2015-10', '2016-04', N, None, [], et='unknown'),
          'dateline')
    b.job(E('Floor Supervisor', 'Hotel Sagar Residency', 'Velim Bay, Goa', '2013-06', '2015-09', A, None, [
        'Allocated rooms to attendants and checked them against the standard']), 'dateline')
    b.job(E('Room Attendant', 'Hotel Sagar Residency', 'Velim Bay, Goa', '2011-12', '2013-05', A, None, [
        'Cleaned 15 rooms per shift after check-out']), 'dateline')
    b.job(E('Industrial Trainee', 'The Malabar Crest', 'Kozhipuram, Kerala', '2011-01', '2011-06', F, 'in_person_service', [
        '22 weeks rotating through front office, F&B service, housekeeping and kitchen; served guests at the coffee shop'],
        et='internship'), 'dateline')
    b.sec('Educational Qualification')
    b.p('Diploma in Hotel Management, Institute of Hospitality Studies, Kozhipuram, 2011')
    b.sec('Personal Details')
    b.p('Nationality: Indian · Passport: valid till 2031 · Marital status: Married')
    b.sec('Declaration')
    b.p('I hereby declare that the information furnished above is true to the best of my knowledge.')
    return dict(file='w027.docx', renderer='docx', name='Joseph Fernandes',
                contact=['Port Rashidah, UAE | +971 50 555 0127 | joseph.fernandes@mail.example'], b=b,
                opt=dict(mode='styles', font='Times New Roman', size=11, plain_heads=True, title_style=False),
                family='Indian executive housekeeper in the UAE, Word paragraphs, title/employer/dates on separate lines, '
                       'employer repeated for promotions, career gap for visa, industrial training',
                layout='docx, plain/dateline, mon / \'Till Date\'')


def w028():
    b = B('month', ' – ', 'present')
    b.sec('Experience')
    b.job(E('Child Protection Social Worker', 'Tamarack Family Services', 'Wolf Creek, MB', '2015-09', 'present', F,
            'other_facing', ['Carry a caseload of 18 families; home visits, safety planning and court reports',
                             'Work alongside schools, police and Indigenous community agencies']), 'title_org')
    e = b.add(E('Career break – travel and French study in Québec', None, None, '2014-07', '2015-08', N, None, [],
                et='unknown'))
    b.row(e.title, b.d(e), 'b')
    b.gap()
    b.job(E('Youth Outreach Worker', 'Northside Youth Hub', 'Wolf Creek, MB', '2011-05', '2014-06', F, 'other_facing', [
        'Street and drop-in outreach with youth aged 14–24; referrals to housing and addictions services']), 'title_org')
    b.job(E('Cashier', 'Prairie Co-op Grocery', 'Wolf Creek, MB', '2007-06', '2011-04', F, 'in_person_service', []),
          'title_org')
    b.sec('Practicum placements')
    b.job(E('MSW Practicum Student', 'Wolf Creek Regional Hospital – Social Work Department', 'Wolf Creek, MB', '2014-01',
            '2014-04', F, 'healthcare_care', ['Discharge planning meetings with patients and families'],
            section='other', et='internship'), 'title_org')
    b.job(E('BSW Practicum Student (unpaid)', 'Eastgate Women\'s Shelter', 'Wolf Creek, MB', '2010-09', '2011-04', F,
            'other_facing', ['Intake interviews and safety planning with residents'], section='other', et='internship'),
          'title_org')
    b.sec('Volunteer & board work')
    b.job(E('Crisis Line Volunteer', 'Prairie Distress Line', 'Wolf Creek, MB', '2009', '2013', F, 'volunteering', [
        'Four-hour overnight shifts answering calls from people in distress'], section='volunteer', et='volunteer'),
          'title_org')
    b.job(E('Board Secretary', 'Wolf Creek Community Food Bank', 'Wolf Creek, MB', '2018', 'present', N, None, [
        'Take minutes and manage the board\'s policy binder'], section='other', et='volunteer'), 'title_org')
    b.sec('Education')
    b.p('Master of Social Work, University of the Prairies, 2014 · Bachelor of Social Work, 2011 · RSW (Manitoba)')
    return dict(file='w028.html', renderer='html', name='Danielle Okemaw-Fraser',
                contact=['Wolf Creek, MB', '204-555-0138 · d.okemawfraser@mail.example'], b=b, opt=dict(h3=True),
                family='Canadian social worker, HTML with h3 titles, career break line, two unpaid practicums, crisis '
                       'line volunteering and a food-bank board',
                layout='html, h3/title_org, month / \'present\'')


def w029():
    b = B('MON', ' - ', 'PRESENT')
    b.sec('Work history')
    b.row('Primeline Recruitment (agency) – Forklift Driver', 'AUG 2022 - PRESENT', 'b')
    for e in [
        E('Forklift Driver', 'Lisnagarry Foods', 'Lisnagarry', '2022-08', '2023-03', A, None,
          ['Cold store (-25°C): put-away and loading of frozen food for supermarket depots']),
        E('Forklift Driver', 'Ballyronan Logistics', 'Ballyronan Quay', '2023-04', 'present', A, None,
          ['Counterbalance and reach truck; loading trailers to the dispatch plan']),
    ]:
        b.add(e)
        b.row(f'Placed at {e.org}, {e.loc}', b.d(e), 'i')
        b.buls(e)
    b.gap()
    b.job(E('Owner', 'The Crumb Box (weekend market stall)', 'Lisnagarry Saturday Market', '2021-05', 'present', F,
            'entrepreneurial_freelance', ['Bake and sell traybakes and sourdough every Saturday; chat to regulars and take '
                                          'orders for birthday cakes'], et='freelance'), 'title_org')
    for (s, e_) in (('2019-08', '2019-08'), ('2022-08', '2022-08')):
        b.job(E('Festival Bar Staff', 'Ardlaw Music Festival', 'Ardlaw', s, e_, F, 'in_person_service', [],
                dt=f'AUG {s[:4]} (1 week)'), 'title_org')
    b.job(E('Christmas Warehouse Operative', 'Parcelhive Fulfilment', 'Ballyronan Quay', '2020-11', '2020-12', A, None, [
        'Six-week peak contract picking online orders'], dt='NOV 2020 - DEC 2020 (6 weeks)'), 'title_org')
    b.job(E('Kitchen Porter', 'The Anchor Bar & Grill', 'Ballyronan Quay', '2016-03', '2020-10', A, None, [
        'Dishwashing, deep cleans and veg prep']), 'title_org')
    b.sec('Tickets')
    b.p('Counterbalance and reach (B1, B2) · Manual handling · Level 2 food hygiene')
    return dict(file='w029.pdf', renderer='fpdf', name='Ciarán Magee',
                contact=['Ballyronan Quay, Co. Antrim · 07700 900 419 · ciaran.magee@mail.example'], b=b,
                opt=dict(size=10.5, footer=None, caps=True),
                family='Northern Irish forklift driver, fpdf2 one-page, agency heading with two placements, own weekend '
                       'market stall, the same one-week festival job in two summers, capitals dates',
                layout='fpdf2, plain/agency + title_org, MON / \'PRESENT\'')


def w030():
    b = B('month', ' – ', 'current')
    b.sec('Career summary')
    b.p('Disability and aged-care support worker who grew up and worked for twenty years on the family farm.')
    b.sec('Employment')
    b.job(E('Disability Support Worker (casual)', 'Wattle Grove Supports', 'Mundalla, NSW', '2020-02', 'present', F,
            'healthcare_care', ['Support NDIS participants with personal care, shopping, appointments and community outings']),
          'title_org')
    b.row('CareLink Staffing – agency shifts', 'July 2021 – current', 'b')
    for e in [
        E('Support Worker', 'Banksia House (group home)', 'Mundalla, NSW', '2021-07', '2022-12', F, 'healthcare_care',
          ['Weekend sleepover shifts in a house for four men with intellectual disability']),
        E('Aged Care Worker', 'Bluegum Lodge', 'Tarrangower, NSW', '2023-01', 'present', F, 'healthcare_care',
          ['Personal care and meal assistance for residents on the memory-support wing']),
    ]:
        b.add(e)
        b.row(f'{e.title} – {e.org}, {e.loc}', b.d(e), 'i')
        b.buls(e)
    b.job(E('Office Cleaner (evenings)', 'Mundalla Shire Council', 'Mundalla, NSW', '2019-06', '2021-06', N, None, [
        'Cleaned the council chambers and offices after hours']), 'title_org')
    b.job(E('Farm Hand', 'Kettering Downs (family property)', 'Mundalla, NSW', '1998', '2019', N, None, [
        'Sheep and wheat farm: lambing, shearing-shed work, fencing, sowing and harvest']), 'title_org')
    b.sec('Volunteering')
    b.job(E('Volunteer Driver', 'Mundalla Community Meals', 'Mundalla, NSW', '2019', 'present', F, 'volunteering', [
        'Deliver meals to older residents on Tuesdays and stop for a chat'], section='volunteer', et='volunteer'),
          'title_org')
    b.sec('Qualifications')
    b.p('Certificate III in Individual Support (Ageing and Disability), 2020 · First Aid and CPR · NDIS Worker Screening')
    return dict(file='w030.docx', renderer='docx', name='Shane Kettering',
                contact=['Mundalla NSW 2999 · 0428 555 310 · shane.kettering@mail.example'], b=b,
                opt=dict(mode='table', font='Calibri', size=10.5),
                family='Australian support worker, Word borderless tables, casual job plus agency shifts at two '
                       'facilities, evening cleaning job, 21 years on the family farm with only years',
                layout='docx, table/agency + title_org, month + year / \'current\'')


DEFS = [w021, w022, w023, w024, w025, w026, w027, w028, w029, w030]
