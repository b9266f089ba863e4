"""w001–w010. One function per résumé; each returns the render spec whose builder holds the gold entries."""
from lib import B, E

F, A, N = 'facing', 'affecting', 'none'


def w001():
    b = B('mon', ' – ', 'Present')
    b.sec('Profile')
    b.p('Registered nurse with twenty years on acute, community and rehabilitation wards, the last eight as a ward '
        'manager. Comfortable running a busy ward, calm with anxious families, and still happiest at the bedside.')
    b.sec('Experience')
    b.job(E('Ward Manager (Band 7)', 'Wetherfield Community Hospital', 'Wetherfield', '2018-02', 'present', F,
            'healthcare_care', [
                'Lead a 28-bed rehabilitation ward and a team of 41 registered nurses, therapists and support workers',
                'Meet patients and relatives on the daily board round; resolve worries on the ward before they turn into formal complaints',
                'Cut agency spend by almost a third by redesigning the e-rostering templates with the staff side',
                'Still work two clinical shifts a week, including medicines rounds and discharge planning conversations',
                'Chair the monthly falls-prevention huddle and report ward quality metrics to the matron']))
    b.row('Meridian Nursing Agency – Agency Registered Nurse', 'Jun 2016 – Jan 2018', 'b')
    b.p('Returned to practice through the agency; placements below.')
    for e in [
        E('Agency Staff Nurse', 'Calderbrook Royal Infirmary', 'Calderbrook', '2016-06', '2016-11', F, 'healthcare_care', [
            'Covered trauma and orthopaedic wards, mostly nights: post-operative observations, pain relief and wound care',
            'Taught patients and carers how to manage at home after hip and knee replacements']),
        E('Agency Staff Nurse', 'Thornleigh Hospice', 'Brackenholm', '2016-12', '2017-04', F, 'healthcare_care', [
            'Palliative care for in-patients; symptom control and support for families in the last days of life']),
        E('Agency Practice Nurse', 'Millgate Surgery', 'Wetherfield', '2017-05', '2018-01', F, 'healthcare_care', [
            'Ran asthma and diabetes review clinics, childhood immunisations and cervical screening appointments',
            'Answered the nurse triage phone line on Monday mornings'])]:
        b.add(e)
        b.row(f'{e.title} – {e.org}, {e.loc}', b.d(e), 'bi')
        b.buls(e)
        b.gap()
    e = b.add(E('Career break – raising twins', None, None, '2014-08', '2016-05', N, None, [
        'Kept my NMC registration live through online CPD and revalidation'], et='unknown'))
    b.row(e.title, b.d(e), 'b')
    b.buls(e)
    b.gap()
    b.row('Calderbrook Teaching Hospitals NHS Foundation Trust, Calderbrook', 'Sep 2004 – Jul 2014', 'b')
    for e, unit in [
        (E('Senior Staff Nurse (Band 6)', 'Calderbrook Teaching Hospitals NHS Foundation Trust', 'Calderbrook',
           '2011-04', '2014-07', F, 'healthcare_care', [
               'Nurse in charge of a 36-bed acute medical unit on alternate shifts; coordinated admissions from A&E and GP referrals',
               'Took phone referrals from GPs and explained admission plans to patients and next of kin',
               'Mentored student nurses and signed off competency documents for newly qualified staff',
               'Led the unit\'s switch from paper observation charts to the electronic early-warning system',
               'Sat on the trust\'s nursing documentation group for two years']), 'Acute Medical Unit'),
        (E('Staff Nurse (Band 5)', 'Calderbrook Teaching Hospitals NHS Foundation Trust', 'Calderbrook',
           '2007-09', '2011-03', F, 'healthcare_care', [
               'Cared for up to eight patients a shift on a respiratory ward: NIV, oxygen therapy, tracheostomy care',
               'Gave discharge teaching on inhalers and home oxygen to patients and carers',
               'Link nurse for infection prevention; ran hand-hygiene audits']), 'Respiratory Medicine, Ward 14'),
        (E('Healthcare Assistant (Bank)', 'Calderbrook Teaching Hospitals NHS Foundation Trust', 'Calderbrook',
           '2004-09', '2007-08', F, 'healthcare_care', [
               'Bank shifts during my degree: washing, dressing, feeding and mobilising patients on medical wards',
               'Recorded observations, fluid balance and food charts']), 'Medical wards, while studying')]:
        b.add(e)
        b.row(e.title, b.d(e), 'bi')
        b.row(unit, '', 'i')
        b.buls(e)
        b.gap()
    b.sec('Student placement')
    b.job(E('Student Nurse (community placement)', 'Ashby Lees District Nursing Team', 'Ashby Lees', '2006-01', '2006-03',
            F, 'healthcare_care', ['Visited housebound patients with the district nurses: leg-ulcer dressings, insulin, catheter care'],
            section='other', et='internship'), 'title_org')
    b.sec('Volunteering')
    b.job(E('First Aid Volunteer', 'Fenwick Ambulance Volunteers', 'Wetherfield', '2009', 'present', F, 'volunteering', [
        'Provide first aid cover at football matches, fun runs and the Wetherfield summer show, about ten events a year',
        'Treat and hand over casualties to the ambulance service; write patient report forms'],
        section='volunteer', et='volunteer'), 'title_org')
    b.sec('Education and registration')
    b.p('BSc (Hons) Adult Nursing, University of Calderbrook, 2004 – 2007 (2:1)')
    b.p('NMC registered nurse (adult), PIN on request. Mentorship and practice assessor qualification, 2010.')
    b.p('Leading Ward Teams, Calderbrook Leadership Academy, 2019. Intermediate Life Support, renewed 2025.')
    b.sec('Skills')
    b.p('Ward and rota management (e-rostering), safeguarding adults level 3, verification of expected death, '
        'IV therapy and cannulation, NEWS2, complaints resolution, clinical supervision, Datix incident review.')
    b.sec('References')
    b.p('Available on request.')
    return dict(file='w001.pdf', renderer='rl', name='Harriet Quennell',
                contact=['14 Larchmont Rise, Wetherfield WF7 2QN', '07700 900418 · h.quennell@mailbox.example'],
                b=b, opt=dict(size=11.5, lead=1.5, runline='07700 900418 · h.quennell@mailbox.example', footer='Page {p} of {n}'),
                family='UK ward manager, 3-page reportlab CV with running name/contact header and "Page x of 3" footer, '
                       'one trust with nested dated roles, nursing-agency placements, career break line',
                layout='reportlab, 3-page/agency + nested, mon / \'Present\'')


def w002():
    b = B('month', ' - ', 'Present')
    b.sec('Summary')
    b.p('Warehouse and logistics professional with 25+ years moving freight, running shifts and fixing '
        'inventory problems. Looking for a logistics coordinator or operations role.')
    b.sec('Work Experience')
    b.job(E('Logistics Coordinator', 'Tri-County Building Supply', 'Harlan Falls, IN', '2021-03', 'present', A, None, [
        'Schedule inbound freight and outbound deliveries for three yards using the dispatch board',
        'Build delivery routes and load plans so orders reach job sites complete and on time',
        'Track damaged and short-shipped items and file carrier claims']))
    b.job(E('Weekend Cashier', 'Hollister Hardware & Feed', 'Harlan Falls, IN', '2021-06', 'present', F,
            'in_person_service', ['Saturdays and Sundays; ring up sales, cut keys, mix paint and help farmers find parts']),
          'title_org')
    e = b.job(E('Warehouse Associate', 'Midstate Grocers Distribution Center', 'Crestmoor, IN', '1998', '2020', A, None, [
        'Started on the night selector crew picking store orders by voice-pick headset',
        'Promoted to Lead Selector in 2004 and to Shift Supervisor in 2009, running a crew of 35 on second shift',
        'Cut mis-picks per 1,000 cases from 4.1 to 1.6 by retraining and slotting changes',
        'Certified forklift, reach truck and pallet jack trainer; ran OSHA safety huddles']))
    b.job(E('Sergeant (E-5), Motor Transport Operator', 'Army National Guard, 1438th Transportation Co.', 'Crestmoor, IN', '1996', '2004', N,
            None, ['Drove and maintained medium tactical vehicles; led a squad of six on convoy exercises',
                   'One weekend a month and two weeks each summer'], et='military'))
    b.job(E('Stock Clerk', 'Penny Saver Foods', 'Crestmoor, IN', '1994', '1998', A, None,
            ['Unloaded trucks and stocked shelves on the night crew']))
    b.sec('Education')
    b.p('Crestmoor High School, diploma, 1994')
    b.p('Supply chain management certificate, Harlan Falls Community College, 2022')
    b.sec('Skills')
    b.p('WMS (RF and voice pick), Excel, route planning, DOT paperwork, forklift trainer, crew scheduling')
    return dict(file='w002.docx', renderer='docx', name='Dale R. Ostrowski',
                contact=['Harlan Falls, IN 47301 | (765) 555-0148 | dale.ostrowski@postbox.example'], b=b,
                opt=dict(mode='styles', font='Calibri'),
                family='US warehouse veteran, Word heading styles, 22-year year-only tenure with promotions only in bullets, '
                       'weekend job overlapping the day job, National Guard',
                layout='docx, styles/title_org, month + year-only / \'Present\'')


def w003():
    b = B('mm/yyyy', ' to ', 'date')
    b.sec('Career objective')
    b.p('To grow as a team leader in a customer-experience account, using nine years of voice and chat support.')
    b.sec('Work experience')
    for e in [
        E('Team Leader, Telco Voice Account', 'Northstar Contact Solutions, Inc.', 'Sto. Regalado, Laguna', '2022-05',
          'present', F, 'contact_center', [
              'Handle a team of 16 voice agents for a US mobile carrier; take escalated calls from irate customers',
              'Coach agents using call calibration and daily huddles; team CSAT 91% for 2025',
              'Prepare attendance and AHT reports for the operations manager']),
        E('Subject Matter Expert', 'Northstar Contact Solutions, Inc.', 'Sto. Regalado, Laguna', '2020-08', '2022-04', F,
          'contact_center', ['Floor support for agents; took supervisor calls and bill disputes',
                             'Updated the knowledge base and wrote call guides for new promos']),
        E('Customer Service Representative', 'Northstar Contact Solutions, Inc.', 'Sto. Regalado, Laguna', '2018-01',
          '2020-07', F, 'contact_center', ['Inbound billing and technical calls for postpaid subscribers',
                                           'Consistently met 90% quality score; Agent of the Month, Oct 2019']),
    ]:
        b.job(e, 'inline')
    b.job(E('Chat Support Associate', 'Bluewave Outsourcing', 'Pasiglaya City', '2016-06', '2017-11', F, 'digital_service', [
        'Non-voice account: chat and email support for an online shoe store, 3 chats at a time',
        'Processed returns and refunds and tagged tickets in Zendesk']), 'inline')
    b.job(E('Census Enumerator', 'Municipal Statistics Office', 'Sto. Regalado, Laguna', '2015-05', '2015-05',
            F, 'other_facing', ['Visited 240 households and interviewed residents using the census form'],
            dt='05/2015 (3 weeks)'), 'inline')
    b.job(E('Freelance Social Media Support', 'Self-employed', None, '2021-01', '2022-12', F, 'digital_service', [
        'Part-time, evenings: replied to customer comments and DMs for two local bakeries and a resort',
        'Sent weekly reports of common questions to the owners'], et='freelance'), 'inline')
    b.sec('Education')
    b.p('Bachelor of Science in Tourism Management, Regalado Polytechnic College, 2016')
    b.sec('Skills')
    b.p('Coaching, call calibration, Zendesk, Salesforce, MS Excel, typing 55 wpm')
    return dict(file='w003.txt', renderer='txt', name='MARICEL D. BAUTISTA',
                contact=['Blk 4 Lot 12, Villa Esperanza, Sto. Regalado, Laguna', 'Mobile: 0917 555 0133',
                         'Email: maricel.bautista@mail.example'], b=b,
                opt=dict(caps=True, underline='-', bullet='* '),
                family='Philippine BPO team leader pasted as text, employer repeated on every promotion, '
                       '"to date", a 3-week census job, part-time freelance overlapping the main job',
                layout='txt, plain/inline, mm/yyyy / \'date\'')


def w004():
    b = B('mon', '–', 'Present')
    b.sec('About')
    b.p('Graphic designer running a two-person studio. Brand identities, packaging and signage for small businesses.')
    b.sec('Experience')
    e = b.add(E('Owner & Lead Designer', 'Fieldnote Studio', 'Port Aldane, NS', '2017-09', 'present', F,
                'entrepreneurial_freelance', [
                    'Meet every client for a discovery workshop, present concepts in person and walk them through revisions',
                    'Selected clients: Harbourlight Brewing (labels, 2019–2024), Tidewater Veterinary (identity, 2021), '
                    'Port Aldane Farmers\' Market (signage, 2018–present), Greyrock Physio (website, 2023)',
                    'Quote, invoice and chase payments; hired and supervise one junior designer'], et='freelance'))
    b.row(f'{e.title} · {e.org}, {e.loc}', b.d(e), 'b')
    b.buls(e)
    b.gap()
    b.job(E('Junior Designer', 'Morrow & Pike Advertising', 'Halden, NS', '2013-05', '2017-08', A, None, [
        'Laid out flyers, transit ads and social graphics from account managers\' briefs',
        'Prepared print-ready files and checked proofs with the print shop']), 'title_org')
    b.job(E('Counter Clerk', 'QuickPrint Copy Centre', 'Halden, NS', '2010-09', '2013-04', F, 'in_person_service', [
        'Took walk-in orders for copies, posters and business cards and fixed customers\' files at the counter',
        'Ran the wide-format printer and binding machine']), 'title_org')
    b.job(E('Design Intern (unpaid)', 'Halden Regional Museum', 'Halden, NS', '2012-05', '2012-08', A, None, [
        'Designed exhibition panels and a visitor map'], et='internship'), 'title_org')
    b.sec('Boards & committees')
    b.job(E('Board Member', 'Port Aldane Arts Council', 'Port Aldane, NS', '2020', 'present', N, None, [
        'Vote on grant applications and sit on the finance committee'], section='other', et='volunteer'), 'title_org')
    b.sec('Education')
    b.p('Diploma, Graphic Communications — Nova Shore Community College, 2012')
    return dict(file='w004.md', renderer='md', name='Aoife Delacroix-Murray',
                contact=['Port Aldane, Nova Scotia', '902-555-0172', 'hello@fieldnote.example'], b=b,
                opt=dict(mdsep=' — '),
                family='Canadian designer in Markdown, own studio with clients listed in a bullet, agency job, '
                       'print-shop counter, unpaid internship, arts-council board seat',
                layout='md, bold/title_org, mon / \'Present\'')


def w005():
    b = B('mon', ' – ', 'Current')
    b.sec('Profile')
    b.p('Chef de partie with fifteen years in hotel, resort and restaurant kitchens, including four winter seasons in '
        'the alpine resorts. Strong on larder, sauce and banquet production; food-safety supervisor certified.')
    b.sec('Kitchen experience')
    b.job(E('Chef de Partie', 'The Saltbush Hotel', 'Wirrabeena, SA', '2022-02', 'present', A, None, [
        'Run the sauce and grill sections for a 140-cover restaurant and the hotel\'s function kitchen',
        'Write prep lists, order produce and train two apprentices',
        'Keep HACCP temperature logs and allergen matrices up to date']), 'title_org', tn='yrs')
    b.job(E('Banquet Cook', 'Lakeside Convention Centre', 'Port Merrow, SA', '2019-07', '2022-01', A, None, [
        'Mass production for conferences and weddings of up to 600 guests',
        'Plated to banquet run sheets and ran the cold larder']), 'title_org', tn='yrs')
    b.row('Mt Kellerman Alpine Resort, Kellerman Village, VIC', '4 winter seasons', 'b')
    for e in [
        E('Commis Chef', 'Mt Kellerman Alpine Resort', 'Kellerman Village, VIC', '2015-06', '2015-09', A, None,
          ['Breakfast and pastry sections in the main lodge kitchen']),
        E('Commis Chef', 'Mt Kellerman Alpine Resort', 'Kellerman Village, VIC', '2016-06', '2016-09', A, None,
          ['Larder and salads for the bistro']),
        E('Demi Chef de Partie', 'Mt Kellerman Alpine Resort', 'Kellerman Village, VIC', '2017-06', '2017-10', A, None,
          ['Ran the bistro grill section; ordered meat and seafood']),
        E('Crepe Stand Attendant', 'Mt Kellerman Alpine Resort', 'Kellerman Village, VIC', '2018-06', '2018-09', F,
          'in_person_service', ['Served crepes and hot drinks to skiers from the outdoor stand; took cash and card'])]:
        b.add(e)
        b.row(e.title, b.d(e, 'yrs'), 'bi')
        b.buls(e)
        b.gap()
    b.job(E('Casual Cook', 'Coastline Catering Co.', 'Port Merrow, SA', '2015-11', '2019-04', A,
            None, ['Casual shifts for cafés and event caterers between snow seasons']), 'title_org')
    b.job(E('Festival Catering Cook', 'Fringe Feast Events', 'Adelford, SA', '2019-03', '2019-03', A, None, [
        'Two-week contract cooking in a pop-up kitchen for a festival crew'], dt='Mar 2019 (2 weeks)'), 'title_org')
    b.job(E('Apprentice Cook', 'Riverside Tavern', 'Port Merrow, SA', '2011-02', '2015-01', A, None, [
        'Four-year apprenticeship; rotated through every section of a pub kitchen',
        'Completed Certificate III in Commercial Cookery at block release'], et='internship'), 'title_org', tn='yrs')
    b.job(E('Kitchenhand', 'Riverside Tavern', 'Port Merrow, SA', '2009-11', '2011-01', A, None,
            ['Dishes, pot wash and basic prep after school']), 'title_org', tn='yrs')
    b.sec('Qualifications')
    b.p('Certificate III in Commercial Cookery (2015) · Certificate IV in Kitchen Management (2020) · '
        'Food Safety Supervisor (renewed 2024) · RSA')
    b.sec('Referees')
    b.p('Available on request.')
    return dict(file='w005.pdf', renderer='fpdf', name='Lachlan Brennock',
                contact=['Wirrabeena SA 5271 · 0400 555 219 · lachlan.brennock@chefmail.example'], b=b,
                opt=dict(size=10.5, footer='Lachlan Brennock – page {p} of {n}', runline='0400 555 219'),
                family='Australian chef, fpdf2 2-page CV, employer heading with four dated winter seasons, '
                       'tenures "(2 yrs 7 mos)", a 2-week festival gig, apprenticeship',
                layout='fpdf2, 2-page/orgfirst seasons, mon + tenure / \'Current\'')


def w006():
    b = B('mon', ' – ', 'Present')
    b.sec('Professional summary')
    b.p('Banker with seventeen years in branch operations and customer service, from teller to branch '
        'customer-experience manager. Studying for the Chartered Banker diploma.')
    b.sec('Professional experience')
    b.row('Mlima Commercial Bank Ltd — 2009 – Present (17 yrs 11 mos)', '', 'b')
    for e in [
        E('Branch Customer Experience Manager', 'Mlima Commercial Bank Ltd', 'Kamutua Branch', '2021-04', 'present', F,
          'in_person_service', ['Own service quality for a branch of 22 staff and 14,000 customers',
                                'Personally handle complaints escalated from the banking hall and call back customers within 24 hours',
                                'Run mystery-shopper and queue-time reviews; NPS up from 31 to 48']),
        E('Customer Service Supervisor', 'Mlima Commercial Bank Ltd', 'Mukuyu Road Branch', '2016-01', '2021-03', F,
          'in_person_service', ['Supervised 8 customer service officers on account opening and card issuance',
                                'Approved overrides and resolved disputed transactions with customers at the desk']),
        E('Customer Service Officer', 'Mlima Commercial Bank Ltd', 'Mukuyu Road Branch', '2012-07', '2015-12', F,
          'in_person_service', ['Opened accounts, replaced cards and updated KYC details for walk-in customers']),
        E('Teller', 'Mlima Commercial Bank Ltd', 'Kamutua Branch', '2009-01', '2012-06', F, 'in_person_service',
          ['Cash deposits, withdrawals and forex for up to 150 customers a day; balanced till daily'])]:
        b.add(e)
        b.row(f'{e.title} · {e.loc}', b.d(e), 'i')
        b.buls(e)
    b.row('Earlier', '', 'b')
    b.job(E('Data Clerk (contract)', 'Kamutua County Revenue Office', 'Kamutua', '2008-02', '2008-11', N, None, [
        'Captured property-rate records into the new revenue system']), 'dash')
    b.job(E('Shop Attendant', 'Wanjiru General Stores', 'Kamutua', '2006-01', '2007-12', F, 'in_person_service',
            []), 'dash')
    b.sec('Volunteer and community')
    b.job(E('Treasurer (Board)', 'Kamutua Women\'s Savings SACCO', 'Kamutua', '2018', 'present', N, None, [
        'Prepare quarterly accounts and present them at the annual general meeting'],
        section='other', et='volunteer'), 'dash')
    b.job(E('Financial Literacy Volunteer', 'Vijana Mbele Youth Centre', 'Kamutua', '2014', '2019', F, 'volunteering', [
        'Taught monthly budgeting and savings sessions to groups of school leavers'],
        section='volunteer', et='volunteer'), 'dash')
    b.sec('Education')
    b.p('BCom (Banking & Finance), Highlands University, 2008 · Diploma in Customer Experience Management, 2019')
    return dict(file='w006.html', renderer='html', name='Grace Wambui Njoroge',
                contact=['P.O. Box 1187-10230, Kamutua, Kenya', '+254 700 555 314 · grace.njoroge@mail.example'], b=b,
                opt=dict(font='Arial, sans-serif'),
                family='Kenyan bank service manager, HTML page, total tenure on the employer line then four promoted '
                       'roles, earlier jobs in dash lines, SACCO board and youth-centre volunteering',
                layout='html, plain/orgfirst + dash, mon + tenure / \'Present\'')


def w007():
    b = B('yyyy-mm', ' – ', 'present')
    b.sec('Profile')
    b.p('Mining engineer (Pr.Eng.) with 26 years on open-pit and underground operations in the Northern Cape and '
        'Limpopo; now consulting on mine planning and ventilation.')
    b.sec('Career history')
    b.job(E('Principal Consultant', 'Karee Ridge Mining Consultants (own practice)', 'Vaalstroom', '2019-06', 'present',
            F, 'entrepreneurial_freelance', [
                'Run site visits and planning workshops with mine managers; present findings to client boards',
                'Clients include two platinum producers and a manganese junior',
                'Sign off life-of-mine plans as competent person'], et='freelance'), 'org_title')
    b.job(E('Mine Manager', 'Sekgoma Platinum Mine', 'Thabakgolo', '2012', '2019', N, None, [
        'Legally appointed mine manager (MHSA) for a 4,200-person underground operation',
        'Owned the production budget, safety performance and labour relations']), 'org_title')
    b.job(E('Production Manager', 'Sekgoma Platinum Mine', 'Thabakgolo', '2006', '2011', N, None, [
        'Managed three shafts; introduced the mechanised bord-and-pillar layout']), 'org_title')
    b.job(E('Section Engineer / Shift Boss', 'Brakveld Manganese', 'Rooiklipvlakte', '1998', '2005', N, None, [
        'Planned and ran blasting and loading on an open-pit manganese mine']), 'org_title')
    b.job(E('Graduate Mining Engineer (Learnership)', 'Brakveld Manganese', 'Rooiklipvlakte', '1996', '1997', N, None, [
        'Two-year rotation through survey, ventilation, drill-and-blast and planning'], et='internship'), 'org_title')
    b.sec('Community')
    b.job(E('Chairperson, School Governing Body', 'Vaalstroom High School', 'Vaalstroom', '2016', '2022', N, None, [
        'Chaired monthly meetings, budget approvals and principal appointment'], section='other', et='volunteer'),
          'org_title')
    b.sec('Education')
    b.p('BSc (Eng) Mining — University of the Highveld, 1995 · MBA, 2010 · Mine Manager\'s Certificate of Competency (Metalliferous)')
    return dict(file='w007.docx', renderer='docx', name='Thabo J. Mokoena',
                contact=['Vaalstroom, Northern Cape', '+27 82 555 0196', 'thabo@kareeridge.example'], b=b,
                opt=dict(mode='table', font='Arial', size=10),
                family='South African mining engineer, Word borderless table per job, yyyy-mm and year-only dates, '
                       'own consulting practice, learnership, school governing body',
                layout='docx, table/org_title, yyyy-mm + year / \'present\'')


def w008():
    b = B('mon', ' – ', 'Present')
    b.sec('Summary')
    b.p('Systems administrator who came up through the help desk. Ten years supporting users and keeping Windows, '
        'M365 and network infrastructure running for mid-sized companies.')
    b.sec('Experience')
    b.job(E('Systems Administrator', 'Coldwater Credit Union', 'Mesa Rosada, AZ', '2022-01', 'present', N, None, [
        'Maintain 60 Windows servers, VMware cluster and Veeam backups',
        'Automated patching and user provisioning with PowerShell and Intune',
        'Led the firewall replacement and the move to conditional-access MFA']), 'title_org')
    b.row('Vantage Tech Staffing — contract placements', 'Aug 2018 – Dec 2021', 'b')
    for e in [
        E('Desktop Support Technician (contract)', 'Saguaro Valley School District', 'Mesa Rosada, AZ', '2018-08', '2019-06',
          F, 'internal_support', ['Fixed laptops, projectors and log-in problems for teachers across 9 schools']),
        E('IT Support Analyst (contract)', 'Redstone Title & Escrow', 'Palo Quemado, AZ', '2019-07', '2020-03', F,
          'internal_support', ['Phone and walk-up support for 180 staff; onboarding and offboarding accounts']),
        E('Network Technician (contract)', 'Desert Bloom Medical Group', 'Mesa Rosada, AZ', '2020-04', '2021-12', N, None,
          ['Rebuilt clinic network closets and replaced switches after hours']),
    ]:
        b.add(e)
        b.row(e.title, b.d(e), 'bi')
        b.row(f'Client: {e.org}, {e.loc}', '', 'i')
        b.buls(e)
        b.gap()
    b.job(E('Help Desk Analyst', 'Pinnacle Insurance Services', 'Mesa Rosada, AZ', '2015-05', '2018-07', F,
            'internal_support', ['Tier 1 phone and ticket support for 400 employees; resolved 70% on first contact',
                                 'Reset passwords, mapped printers and wrote knowledge-base articles']), 'title_org')
    b.job(E('Weekend Barista', 'Copper Kettle Coffee', 'Mesa Rosada, AZ', '2015-09', '2017-12', F, 'in_person_service',
            ['Saturday and Sunday shifts on the espresso bar and register']), 'title_org')
    b.job(E('Computer Repair Technician (part-time)', 'ByteFix Computer Repair', 'Palo Quemado, AZ', '2013-01',
            '2015-04', F, 'in_person_service', ['Checked in customers\' laptops at the counter and explained repair quotes',
                                               'Removed malware and replaced screens and drives']), 'title_org')
    b.sec('Volunteering')
    b.job(E('Digital Skills Volunteer', 'Mesa Rosada Public Library', 'Mesa Rosada, AZ', '2019-01', '2023-06', F,
            'volunteering', ['Tuesday-evening drop-in: helped seniors set up phones, email and telehealth apps'],
            section='volunteer', et='volunteer'), 'title_org')
    side = [('sec', 'Skills'), ('bul', 'Windows Server, AD, Entra ID'), ('bul', 'Intune, M365, Exchange Online'),
            ('bul', 'VMware, Veeam'), ('bul', 'PowerShell'), ('bul', 'Cisco & Meraki switching'),
            ('sec', 'Certifications'), ('p', 'CompTIA A+, Network+, Security+'), ('p', 'Microsoft MD-102'),
            ('sec', 'Education'), ('p', 'AAS Information Technology, Mesa Rosada Community College, 2014')]
    return dict(file='w008.pdf', renderer='rl', name='Marcus Villanueva',
                contact=['Mesa Rosada, AZ', '(480) 555-0187', 'marcus.v@inbox.example', 'linkedin.example/in/mvillanueva'],
                side=side, b=b, opt=dict(size=11, lead=1.45, letter=True, runline='(480) 555-0187 · marcus.v@inbox.example',
                                         footer='{p}/{n}', footer_first=False),
                family='US sysadmin, reportlab with shaded first-page sidebar, 2 pages with running header, staffing-agency '
                       'contract placements, weekend barista job overlapping the help desk',
                layout='reportlab, sidebar 2-page/title_org + agency, mon / \'Present\'')


def w009():
    b = B('mm/yyyy', ' - ', 'present')
    b.sec('Personal statement')
    b.p('Reliable temp with experience in offices, warehouses and events. Quick to learn new systems and happy to '
        'start at short notice.')
    b.sec('Employment history')
    b.row('Brightstaff Recruitment, Narbury Cross (agency) - temporary assignments', '04/2021 - present', 'b')
    for e in [
        E('Receptionist', 'Hallam & Royd Solicitors', 'Narbury Cross', '04/2021', '09/2021', F, 'in_person_service',
          ['Greeted clients, answered the switchboard and booked meeting rooms']),
        E('Data Entry Clerk', 'Narbury Cross Borough Council', 'Narbury Cross', '10/2021', '03/2022', N, None,
          ['Keyed in parking permit applications and scanned post']),
        E('Warehouse Picker', 'Fernlea Fulfilment', 'Tolbury Bridge', '04/2022', '12/2022', A, None,
          ['Picked and packed online orders on the peak night shift (RF scanner)']),
        E('Event Steward', 'Narbury Cross Arena', 'Narbury Cross', '01/2023', '01/2023', F, 'other_facing',
          ['Checked tickets and directed spectators to seats for a three-week ice show run']),
        E('Payroll Administrator', 'Castlefield Homes Ltd', 'Tolbury Bridge', '02/2023', '08/2024', N, None,
          ['Processed weekly timesheets and starter/leaver forms for 300 site workers']),
        E('Customer Service Adviser', 'Greenway Energy Ltd', 'Narbury Cross', '09/2024', 'present', F, 'contact_center',
          ['Inbound calls about bills, meter readings and payment plans'])]:
        e.start = '-'.join(reversed(e.start.split('/')))
        if e.end != 'present':
            e.end = '-'.join(reversed(e.end.split('/')))
        b.add(e)
        b.row(f'  Assignment: {e.title}, {e.org}, {e.loc}', b.d(e))
        for t in e.bullets:
            b.bul(t)
    b.gap()
    e = b.add(E('Career break (health reasons)', None, None, '2019-08', '2021-03', N, None,
                ['Recovered from surgery; completed an AAT Level 2 bookkeeping course online'], et='unknown'))
    b.row(e.title, b.d(e))
    b.buls(e)
    b.gap()
    b.job(E('Sales Assistant', 'Dunmore\'s Department Store', 'Narbury Cross', '2014-03', '2019-07', F,
            'in_person_service', ['Worked the homewares and Christmas shop floors; till, returns and gift wrapping',
                                  'Covered the customer service desk on Saturdays']), 'dash')
    b.job(E('Postal Sorter (Christmas temp)', 'Parcelink Hub', 'Tolbury Bridge', '2013-11', '2014-01', A, None,
            ['Sorted parcels on the night shift']), 'dash')
    b.sec('Education')
    b.p('Narbury Cross College - BTEC Level 3 Business, 2013')
    b.sec('Other information')
    b.p('Full UK driving licence. References available on request.')
    return dict(file='w009.txt', renderer='txt', name='Kerry-Ann Whitlock',
                contact=['Narbury Cross, Surrey', 'Tel 07700 900 651', 'kerryann.whitlock@mail.example'], b=b,
                opt=dict(caps=False, underline='=', bullet='  - ', datesep='   |   '),
                family='UK temp worker as plain text, one agency heading with six dated client assignments, '
                       'career break line, Christmas temp, numeric mm/yyyy dates',
                layout='txt, plain/agency + dash, mm/yyyy / \'present\'')


def w010():
    b = B("mon'yy", ' – ', 'till date')
    b.sec('Profile Summary')
    b.p('QA engineer with 9+ years in manual and automation testing of banking and e-commerce apps. '
        'Selenium, RestAssured, Appium, Jenkins.')
    b.sec('Work Experience')
    for e in [
        E('Senior QA Engineer', 'Kovalam Softworks Pvt. Ltd.', 'Tiruvalla, Kerala', '2022-04', 'present', A, None, [
            'Own regression automation for a mobile banking app used by 2 million customers',
            'Reproduce defects reported through the bank\'s customer complaint tickets and verify fixes']),
        E('QA Engineer', 'Kovalam Softworks Pvt. Ltd.', 'Tiruvalla, Kerala', '2019-07', '2022-03', A, None, [
            'Built the API test suite with RestAssured; cut release testing from 5 days to 2']),
        E('Software Test Engineer', 'Lotusgate Infotech', 'Kochupalam, Kerala', '2017-01', '2019-06', A, None, [
            'Manual testing of an e-commerce checkout; wrote 600 test cases']),
        E('Trainee Test Engineer', 'Lotusgate Infotech', 'Kochupalam, Kerala', '2016-07', '2016-12', A, None, [
            'Six-month paid training programme on testing basics and SQL'], et='internship'),
    ]:
        b.job(e, 'title_org')
    b.job(E('Technical Support Executive (night shift)', 'Stellar Voice BPO', 'Kochupalam, Kerala', '2015-06', '2016-06',
            F, 'contact_center', ['Took calls from US customers about printer set-up and Wi-Fi issues']), 'title_org')
    b.job(E('Academic Project Intern', 'Vembanad Embedded Labs', 'Kochupalam, Kerala', '2015-01', '2015-04',
            N, None, ['Final-year project on an RFID attendance system'], section='other', et='internship'), 'title_org')
    b.sec('Education')
    b.p('B.Tech (Electronics & Communication), Pampa Valley College of Engineering, 2015 — 7.4 CGPA')
    b.sec('Personal Details')
    b.p('Date of birth: 12/03/1993 · Languages: English, Malayalam, Tamil, Hindi')
    b.sec('Declaration')
    b.p('I hereby declare that the above information is true to the best of my knowledge.')
    return dict(file='w010.md', renderer='md', name='Anjali Mariam Thomas',
                contact=['Tiruvalla, Kerala', '+91 98470 55512', 'anjali.mthomas@mail.example'], b=b,
                opt=dict(h='### ', mdsep=' | '),
                family='Indian QA engineer in Markdown, h3 titles with Mon\'YY dates and "till date", employer repeated '
                       'for each promotion, paid trainee and academic-project internships',
                layout="md, h3/title_org, mon'yy / 'till date'")


DEFS = [w001, w002, w003, w004, w005, w006, w007, w008, w009, w010]
