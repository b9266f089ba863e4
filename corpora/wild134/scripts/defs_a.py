"""Résumés w001–w015 (wild134: career changers moving into customer service)."""
from lib import E

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    file='w001.pdf', fmt='rl', layout='plain', order='title_org', dstyle='mon', sep=' – ', present='Present',
    family='US Army supply specialist moving to customer service, functional résumé with skills-first page, reportlab single column',
    lay='reportlab, plain/title_org, mon / \'Present\'',
    name='Darnell K. Whitfield', align='left', glyph='•',
    contact=['Fayetteville, NC 28314  ·  (910) 555-0147  ·  dk.whitfield@mailbox-example.com',
             'linkedin.com/in/dkwhitfield-example'],
    headline='Customer Service Professional | U.S. Army Veteran',
    blocks=[
        ('text', 'Summary', ['Seven years keeping a 140-soldier company supplied taught me to stay patient at a counter with '
                             'a line out the door. Now looking for a full-time customer service role where accuracy, calm '
                             'and follow-through count.']),
        ('skills', 'Transferable Skills', [
            ('Customer focus', ['Handled equipment exchanges for soldiers coming straight off the range, tired and short on time',
                                'Kept a running list of back-ordered items and called people back when they arrived']),
            ('Accuracy and accountability', ['Signed for and tracked property valued at over $2.1 million with zero unexplained losses in three inspections']),
            ('Systems', ['GCSS-Army, Microsoft Excel, Square POS, basic Salesforce (online course)']),
        ]),
        ('exp', 'Relevant Experience', [
            E('Member Services Associate', 'Liberty Ridge Fitness Club', 'Fayetteville, NC', '2025-03', 'present', 'facing',
              'in_person_service', ['Check in members at the front desk and sort out billing questions and freezes',
                                    'Sell and renew memberships; walk prospective members through the facility',
                                    'Handle complaints about equipment and class bookings and log them for the manager']),
            E('Unit Supply Specialist (92Y)', 'U.S. Army, 3rd Battalion', 'Fort Liberty, NC', '2018-06', '2025-01', 'facing',
              'internal_support', ['Ran the company supply room window, issuing and exchanging gear for 140 soldiers',
                                   'Maintained hand receipts and sub-hand receipts in GCSS-Army',
                                   'Answered soldiers\u2019 questions on lost-item statements and clothing allowances'],
              emp='military'),
        ]),
        ('exp', 'Other Experience', [
            E('Volunteer Driver', 'Cumberland County Veterans Council', 'Fayetteville, NC', '2023-01', '2024-12', 'facing',
              'volunteering', ['Drove older veterans to VA appointments twice a month and helped them through check-in'],
              sec='volunteer', emp='volunteer'),
            E('Warehouse Associate', 'Pinecrest Distribution', 'Raeford, NC', '2016-08', '2018-05', 'affecting', None,
              ['Picked and packed online orders to scanner lists', 'Loaded outbound trailers for the morning route']),
        ]),
        ('list', 'Education & Training', ['A.A.S. Business Administration — Sandhills Regional Community College, 2021 – 2023',
                                          'Customer Service Excellence certificate (online), completed Feb 2025',
                                          'Army Unit Supply Specialist course, Fort Lee, VA — 2018']),
        ('list', 'References', ['SFC (Ret.) Maria Gonzalez, former Supply Sergeant, 3rd Battalion — available on request']),
    ]))

# ------------------------------------------------------------------ w002
R.append(dict(
    file='w002.docx', fmt='docx', layout='styles', order='title_org', dstyle='month', sep=' – ', present='Present',
    page='A4', font='Calibri', hcase='title',
    family='UK staff nurse moving to a patient-support contact centre, Word heading styles, right tab-stop dates, hybrid CV',
    lay='docx, styles/title_org, month / \'Present\'',
    name='Fiona McAllister RGN',
    contact=['Headingley, Leeds LS6  |  07700 900 482  |  fiona.mcallister@example.co.uk'],
    blocks=[
        ('text', 'Personal Profile', ['Registered nurse of nine years who has moved from the ward to the phones. I now help '
                                      'people with home testing kits and want to grow into a team-leader role in patient support.']),
        ('skills', 'Key Skills', [
            ('Communication', ['Explaining test results and next steps in plain English to anxious relatives',
                               'Breaking bad news alongside the consultant and staying with families afterwards']),
            ('Working under pressure', ['Running a 28-bed acute medical ward on nights as nurse in charge']),
        ]),
        ('exp', 'Employment History', [
            E('Patient Support Adviser', 'Clearpath Diagnostics Ltd', 'Leeds', '2025-04', 'present', 'facing', 'contact_center',
              ['Take inbound calls and emails from customers using home blood-test kits',
               'Talk callers through sample collection and chase lost kits with the lab',
               'Escalate clinical concerns to the duty GP following the triage script']),
            E('Staff Nurse (Band 5), Ward 14 Acute Medicine', 'Calder Valley Hospitals NHS Trust', 'Halifax', '2015-09', '2024-11',
              'facing', 'healthcare_care',
              ['Planned and delivered care for up to eight patients per shift',
               'Admitted patients from A&E and kept families updated on progress',
               'Mentored student nurses on placement']),
            E('Healthcare Assistant (Bank)', 'Calder Valley Hospitals NHS Trust', 'Halifax', '2012-07', '2015-08', 'facing',
              'healthcare_care', ['Personal care, observations and meal support across medical wards while studying']),
        ]),
        ('exp', 'Volunteering', [
            E('Telephone Befriender', 'Kirkgate Age Friends', None, '2023-02', 'present', 'facing', 'volunteering',
              ['Weekly chat calls with two isolated older people; flag worries to the coordinator'],
              sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'Education', ['BSc (Hons) Adult Nursing, University of West Riding, 2012 – 2015',
                               'NMC registration (PIN available on request) — lapsed voluntarily March 2025',
                               'Level 2 Certificate in Customer Service, completed 2025']),
        ('list', 'References', ['Available on request from Clearpath Diagnostics Ltd and Ward 14 Manager, Calder Valley Hospitals.']),
    ]))

# ------------------------------------------------------------------ w003
R.append(dict(
    file='w003.txt', fmt='txt', layout='plain', order='title_org', dstyle='mm/yyyy', sep=' - ', present='Present',
    hstyle='equals', glyph='*', right_sep='pad', wrap=90, name_caps=True,
    family='Canadian renovation carpenter moving to a building-supply contractor desk, plain text with padded dates',
    lay='txt, plain/title_org, mm/yyyy / \'Present\'',
    name='Marc-André Dupuis',
    contact=['Sudbury, ON  P3A 1X2', 'Cell: 705-555-0193', 'Email: madupuis@example.ca'],
    blocks=[
        ('text', 'Profile', ['Twelve years on the tools, the last five running my own small renovation business. I know '
                             'the products and I know what a contractor needs at 6:45 in the morning. Looking to build a '
                             'long-term career on the service side of the building supply trade.']),
        ('skills', 'What I bring from the trade', [
            ('Product knowledge', ['Can size joists, match trim profiles and suggest the right fastener without looking it up']),
            ('Dealing with people', ['Walked homeowners through change orders when the walls opened up and the price moved',
                                     'Settled a billing dispute with a supplier without losing the account']),
        ]),
        ('exp', 'Work Experience', [
            E('Contractor Desk Associate', 'Northway Building Centre', 'Sudbury, ON', '2024-05', 'present', 'facing',
              'in_person_service', ['Serve trade customers at the contractor desk from 6:30 a.m.; quote lumber packages',
                                    'Set up job accounts and delivery dates; follow up on short-shipped orders']),
            E('Owner / Renovation Carpenter', 'Dupuis Renovations (self-employed)', 'Sudbury, ON', '2019-03', '2024-04',
              'facing', 'entrepreneurial_freelance',
              ['Met homeowners to scope kitchen, bath and basement jobs and wrote fixed-price quotes',
               'Managed two subcontractors and all purchasing', 'Kept homeowners updated daily on site'], emp='freelance'),
            E('Framing Carpenter', 'Ridgeback Framing Ltd.', 'Sudbury, ON', '2012-05', '2019-02', 'none', None,
              ['Framed walls, floors and roofs on new subdivision houses from the site super\u2019s drawings',
               'Promoted to lead hand in 2016']),
        ]),
        ('exp', 'Community', [
            E('Volunteer Coach, U11 House League', 'Valley East Minor Hockey', 'Sudbury, ON', '2016', '2020', 'facing',
              'volunteering', ['Ran two practices a week for 15 kids and kept parents in the loop'],
              sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'Education / Tickets', ['Carpentry Certificate of Qualification (Red Seal), 2015',
                                         'General Carpenter pre-apprenticeship, Nickel Belt College, 2011 - 2012',
                                         'Working at Heights, WHMIS - renewed 03/2024']),
        ('list', 'References', ['Luc Bergeron, Store Manager, Northway Building Centre - 705-555-0108']),
    ]))

# ------------------------------------------------------------------ w004
R.append(dict(
    file='w004.md', fmt='md', layout='plain', order='title_org', dstyle='mon', sep=' – ', present='Present',
    md_style='h3', glyph='-',
    family='Australian secondary science teacher moving into ed-tech customer support, Markdown with skills-first section and earlier roles condensed',
    lay='md, h3/title_org, mon / \'Present\'',
    name='Priya Raghunathan', headline='Customer Support Specialist (former secondary teacher)',
    contact=['Indooroopilly QLD 4068', '0412 555 309', 'priya.r@example.com.au'],
    one_fmt='{title} — {org}, {loc} ({d})',
    blocks=[
        ('skills', 'Transferable skills', [
            ('Explaining things clearly', ['Turned tricky chemistry into ten-minute explainers for Year 9',
                                           'Rewrote our school\u2019s LMS help pages for parents']),
            ('Patience with upset people', ['Parent-teacher interviews about failing grades, twice a year for ten years']),
            ('Tech', ['Zendesk, Intercom, Google Workspace, Canvas LMS, Jira (basic)']),
        ]),
        ('exp', 'Relevant experience', [
            E('Customer Support Specialist', 'Quokka Learning Pty Ltd', 'Brisbane QLD', '2025-02', 'present', 'facing',
              'digital_service', ['Answer live chat and tickets from teachers and school admins using our quiz platform',
                                  'Keep first-response time under 2 hours across ~45 tickets a day',
                                  'Write help-centre articles from the questions that keep coming up']),
            E('Secondary Teacher (Science)', 'Kookaburra Creek State High School', 'Brisbane QLD', '2014-01', '2024-12',
              'facing', 'education', ['Taught Years 7–12 science and senior chemistry',
                                      'Year 10 coordinator 2019–2022: first contact for parents and students']),
        ]),
        ('exp', 'Volunteering', [
            E('Tuckshop Volunteer', 'Fig Tree Pocket Primary P&C', 'Brisbane QLD', '2022-02', '2024-11', 'facing',
              'volunteering', ['Serve lunches and handle the cash tin at the counter one morning a fortnight'],
              sec='volunteer', emp='volunteer'),
        ]),
        ('exp', 'Earlier roles', [
            E('Retail Assistant', 'Surf & Sand Outfitters', 'Noosa QLD', '2009', '2013', 'facing', 'in_person_service', one=True),
        ]),
        ('list', 'Education', ['Graduate Diploma of Education (Secondary), 2013',
                               'Bachelor of Science (Chemistry), 2009 – 2012',
                               'Queensland College of Teachers registration (non-practising from 2025)']),
    ]))

# ------------------------------------------------------------------ w005
R.append(dict(
    file='w005.pdf', fmt='fpdf', layout='left', order='dash', dstyle='month', sep=' to ', present='present',
    font='DejaVu', glyph='–', hcase='title',
    family='UK warehouse team leader now an energy-company call-centre adviser, fpdf2 single column, dash title lines with dates right',
    lay='fpdf2, left/dash, month / \'present\'',
    name='Jordan Pickering',
    contact=['Fenton, Stoke-on-Trent ST4  ·  07700 900 615  ·  jordan.pickering@example.co.uk'],
    blocks=[
        ('text', 'About me', ['After eight years in warehousing I moved to the phones in 2025 and haven\u2019t looked back. '
                              'I like fixing a problem on the first call and I\u2019m used to targets.']),
        ('skills', 'Skills from the warehouse floor', [
            ('Targets and KPIs', ['Kept a 12-person pick team above 98% accuracy for three peak seasons']),
            ('Sorting out problems', ['Traced missing consignments with carriers and raised claims the same day']),
        ]),
        ('exp', 'Work history', [
            E('Customer Service Adviser (Inbound)', 'Haverley Energy', 'Stoke-on-Trent', '2025-06', 'present', 'facing',
              'contact_center', ['Handle 60+ calls a day on bills, meter readings and payment plans',
                                 'Set up direct debits and hardship arrangements following vulnerability guidance']),
            E('Warehouse Team Leader', 'Trentside Logistics', 'Stoke-on-Trent', '2019-02', '2025-05', 'affecting', None,
              ['Ran a 12-person pick and despatch shift for an online homeware retailer',
               'Processed customer returns and graded stock for resale', 'Completed rotas and return-to-work interviews']),
            E('Warehouse Operative (agency)', 'Trentside Logistics', 'Stoke-on-Trent', '2017-09', '2019-01', 'affecting', None,
              ['Picking, packing and labelling parcels on the despatch line']),
            E('Delivery Driver\u2019s Mate', 'Potteries Furniture Direct', 'Longton', '2015-03', '2017-08', 'facing',
              'in_person_service', ['Carried furniture into customers\u2019 homes, built beds and wardrobes and took signatures',
                                    'Dealt with damage complaints on the doorstep']),
        ]),
        ('list', 'Qualifications', ['Counterbalance and reach truck licences (renewed 2023)',
                                    'GCSEs: 7 including English and Maths, Sandford Hill Academy, 2013']),
        ('list', 'References', ['Available on request']),
    ]))

# ------------------------------------------------------------------ w006
R.append(dict(
    file='w006.docx', fmt='docx', layout='tables', order='title_org', dstyle='mon', sep=' - ', present='Present',
    font='Georgia', size=10, hcase='upper', body_in_cell=False,
    family='Canadian sous chef now a telecom customer care agent, Word with a borderless table per job, kitchen roles as Other Experience',
    lay='docx, table/title_org, mon / \'Present\'',
    name='Oluwaseun (Seun) Adebayo',
    contact=['Dartmouth, NS  B2W 3K1', '902-555-0176 | seun.adebayo@example.ca'],
    blocks=[
        ('text', 'Profile', ['Fourteen years in professional kitchens, now a customer care agent. Calm under a full rail of '
                             'tickets, and just as calm with a customer whose internet is down.']),
        ('skills', 'Skills', [
            ('Grace under pressure', ['Ran the pass on 300-cover Saturdays', 'Fixed a walk-in failure an hour before service']),
            ('Training others', ['Onboarded and trained 20+ junior cooks; wrote the station checklists still in use']),
        ]),
        ('exp', 'Relevant Experience', [
            E('Customer Care Agent', 'Maplewire Telecom', 'Halifax, NS', '2024-09', 'present', 'facing', 'contact_center',
              ['Resolve billing and outage calls for residential internet and TV customers',
               'Book technician visits and process credits within policy']),
            E('Event Chef', 'Harbourlight Catering', 'Halifax, NS', '2015-05', '2018-03', 'facing', 'in_person_service',
              ['Prepared plated and buffet menus for weddings of 80–250 guests',
               'Met couples for menu tastings and adjusted dishes for allergies',
               'Ran carving stations in the room during receptions']),
        ]),
        ('exp', 'Other Experience', [
            E('Sous Chef', 'The Salt Hook Bistro', 'Halifax, NS', '2018-04', '2024-08', 'affecting', None,
              ['Managed ordering, food cost and a kitchen team of nine', 'Built weekly specials with the chef']),
            E('Line Cook', 'Brewster\u2019s Pub & Grill', 'Bedford, NS', '2012-06', '2015-04', 'affecting', None,
              ['Grill and fry stations; prep for 150-seat pub']),
            E('Kitchen Volunteer', 'Open Door Community Meals', 'Halifax, NS', '2020', '2023', 'facing', 'volunteering',
              ['Cooked Sunday lunch and served it at the counter to 90+ guests'], sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'Education & Certificates', ['Culinary Arts Diploma, Nova Scotia Community Culinary Institute, 2010 – 2012',
                                              'Food Handler Certification, renewed Jan 2024',
                                              'Red Seal Cook, 2016']),
    ]))

# ------------------------------------------------------------------ w007
R.append(dict(
    file='w007.txt', fmt='txt', layout='plain', order='org_title', dstyle='mon', sep=' – ', present='Current',
    hstyle='upper', hcase='upper', glyph='•', right_sep=' | ', wrap=None,
    family='Australian former bank teller returning after an eight-year career break, plain text with employer line first and a dated career break',
    lay='txt, plain/org_title, mon / \'Current\'',
    name='Rebecca Tran',
    contact=['Belmont VIC 3216 | 0438 555 724 | bec.tran@example.com.au'],
    blocks=[
        ('text', 'Career Objective', ['Experienced customer service officer returning to the workforce after raising my three '
                                      'children. I am looking for a part-time or school-hours role in banking, retail or '
                                      'reception.']),
        ('skills', 'Skills Summary', [
            ('Cash handling', ['Balanced a teller drawer of up to $40,000 daily with no variances over eight years']),
            ('Organisation', ['Rostered 35 tuckshop volunteers around school terms and sports carnivals']),
        ]),
        ('exp', 'Employment', [
            E('Casual Customer Service Assistant', 'Coastline Pharmacy', 'Belmont VIC', '2025-08', 'present', 'facing',
              'in_person_service', ['Serve customers at the front counter and register',
                                    'Take scripts in and hand over prepared orders',
                                    'Restock shelves and check expiry dates']),
            E('Career Break – raising our three children', None, None, '2017-03', '2025-06', 'none', None, [],
              emp='unknown'),
            E('Customer Service Officer (Teller)', 'Southern Cross Mutual Bank', 'Geelong VIC', '2009-01', '2017-02', 'facing',
              'in_person_service', ['Deposits, withdrawals and account openings at the branch counter',
                                    'Referred members to lenders for home loan enquiries']),
            E('Retail Assistant', 'Pages & Co Booksellers', 'Geelong VIC', '2006-11', '2008-12', 'facing', 'in_person_service', []),
        ]),
        ('exp', 'Volunteer Work', [
            E('Canteen Coordinator (volunteer)', 'Banksia Primary School P&C', 'Belmont VIC', '2020-02', '2025-06', 'facing',
              'volunteering', ['Ran the school canteen two days a week: served students, took lunch orders, trained volunteers'],
              sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'Education', ['Certificate IV in Financial Services, 2010', 'VCE, Geelong South Secondary College, 2005']),
        ('list', 'Referees', ['Anne Kowalski, Pharmacist in Charge, Coastline Pharmacy – 03 5555 0192',
                              'David Lim, former Branch Manager, Southern Cross Mutual Bank – details on request']),
    ]))

# ------------------------------------------------------------------ w008
R.append(dict(
    file='w008.pdf', fmt='rl', layout='sidebar', order='title_org', dstyle='mm/yyyy', sep=' – ', present='Present',
    font='DejaVu', glyph='▪', accent=(0.05, 0.35, 0.45), side_bg=(0.88, 0.94, 0.95),
    family='US systems administrator moving to software technical support, reportlab with shaded left sidebar (contact, skills, certificates)',
    lay='reportlab, sidebar/title_org, mm/yyyy / \'Present\'',
    name='Kevin O\u2019Rourke', headline='Technical Support Representative',
    contact=[],
    side=[('Contact', ['Lakewood, CO 80226', '(303) 555-0182', 'kevin.orourke@example.net']),
          ('Tools', ['Zendesk, Jira, ServiceNow', 'Windows Server, Active Directory', 'VMware, Veeam', 'PowerShell']),
          ('Certifications', ['CompTIA A+ (2012)', 'CompTIA Network+ (2014)', 'Zendesk Support Admin course (2024)']),
          ('Education', ['B.S. Information Technology', 'Front Range State University', '2008 – 2012'])],
    blocks=[
        ('text', 'Profile', ['IT generalist who spent eight years behind the server-room door and realised the best part of '
                             'the job was the rare day I got to help a person. Now doing exactly that full-time.']),
        ('skills', 'Where my IT background helps', [
            ('Troubleshooting', ['Reproduce a customer\u2019s issue in a test tenant before escalating it to engineering']),
            ('Writing', ['Wrote runbooks for every server role at Front Range Freight; now write macros and KB drafts']),
        ]),
        ('exp', 'Experience', [
            E('Technical Support Representative', 'Bluehaven Software', 'Denver, CO', '2024-02', 'present', 'facing',
              'contact_center', ['Take inbound support calls from customers of our scheduling app in a queue of 12 reps',
                                 'Walk office managers through sync and login problems; escalate bugs with clear repro steps',
                                 'CSAT 96% over the last two quarters']),
            E('Systems Administrator', 'Front Range Freight Co.', 'Commerce City, CO', '2016-07', '2023-12', 'none', None,
              ['Managed 60 Windows and Linux servers, backups and patching', 'Migrated on-prem Exchange to the cloud in 2021',
               'On-call rota for the data centre']),
            E('IT Support Technician', 'Pikes Valley School District', 'Colorado Springs, CO', '2012-08', '2016-06', 'facing',
              'internal_support', ['Desk-side support for teachers and office staff across six schools',
                                   'Set up classroom projectors and reset passwords']),
            E('Tech Tutor (Volunteer)', 'Englewood Public Library', 'Englewood, CO', '2023', 'present', 'facing',
              'volunteering', ['Saturday drop-in helping older patrons with phones, email and telehealth apps'],
              sec='volunteer', emp='volunteer'),
        ]),
    ]))

# ------------------------------------------------------------------ w009
R.append(dict(
    file='w009.docx', fmt='docx', layout='header', order='org_title', dstyle='mon', sep=' – ', present='Present',
    page='A4', font='Arial', size=10, hcase='title',
    footer='Service leaver CV – references and service record available on request',
    family='UK Royal Navy personnel administrator now a ferry customer-experience host, name and contact in the Word page header, employer line first',
    lay='docx, header/org_title, mon / \'Present\'',
    name='Gareth Penhaligon',
    contact=['Southsea, Portsmouth PO4', '07700 900 233', 'g.penhaligon@example.co.uk'],
    headline='Customer-focused service leaver with 15 years\u2019 Royal Navy personnel administration experience',
    blocks=[
        ('skills', 'Core Competencies', [
            ('Customer service', ['First point of contact for 300 ship\u2019s company on pay, leave and allowances',
                                  'Handled complaints about late allowances tactfully and kept people informed']),
            ('Leadership', ['Supervised a team of four writers and ran their training records']),
        ]),
        ('exp', 'Career History', [
            E('Customer Experience Host', 'Harbourline Ferries Ltd', 'Portsmouth', '2025-04', 'present', 'facing',
              'in_person_service', ['Welcome foot passengers and drivers at the terminal and on board',
                                    'Rebook passengers after cancellations and deal with complaints at the desk']),
            E('Leading Writer (Personnel Administration)', 'Royal Navy', 'HMS Collingwood, Fareham', '2013-09', '2024-12', 'facing',
              'internal_support', ['Ran the ship\u2019s office counter: pay queries, leave, travel warrants and allowances',
                                   'Supervised four junior writers'], emp='military'),
            E('Writer', 'Royal Navy', 'HMNB Devonport, Plymouth', '2009-05', '2013-08', 'affecting', None,
              ['Processed pay and allowance records and drafted the ship\u2019s daily orders'], emp='military'),
            E('Sales Assistant (Saturday job)', 'Marlow\u2019s Sports', 'Truro', '2007-09', '2009-04', 'facing',
              'in_person_service', []),
        ]),
        ('exp', 'Volunteering', [
            E('Civilian Instructor', 'TS Endeavour Sea Cadet Unit', 'Gosport', '2018-01', 'present', 'facing', 'volunteering',
              ['Teach seamanship and first aid to cadets aged 12–18 on Tuesday evenings'], sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'Qualifications', ['Level 3 Diploma in Business Administration (2016)',
                                    'ILM Level 3 Award in Leadership and Management (2020)',
                                    'Resettlement course: Customer Service Excellence, 2024']),
    ]))

# ------------------------------------------------------------------ w010
R.append(dict(
    file='w010.pdf', fmt='fpdf', layout='centred', order='title_org', dstyle='mon', sep=' – ', present='Present',
    font='Serif', glyph='•', hcase='upper', accent=(60, 60, 60),
    one_fmt='{title}, {org} ({d})',
    family='Canadian casting-plant quality inspector moving to a rental-counter job, fpdf2 centred header, earlier job condensed to one line',
    lay='fpdf2, centred/title_org, mon / \'Present\'',
    name='Teresa Kowalczyk',
    contact=['Hamilton, ON L8H 2B7  |  905-555-0128  |  tkowalczyk@example.ca'],
    blocks=[
        ('text', 'Summary of Qualifications', ['Thirteen years in manufacturing with a sharp eye for detail. Bilingual '
                                               '(English/Polish). Currently serving customers at an equipment rental counter.']),
        ('skills', 'Transferable Skills', [
            ('Attention to detail', ['Caught a mould defect that would have sent 4,000 faulty brackets to a customer']),
            ('Communication', ['Explained rejected lots to supervisors and operators on three shifts']),
        ]),
        ('exp', 'Relevant Experience', [
            E('Customer Service Clerk', 'Kilbride Rental Centre', 'Burlington, ON', '2024-01', 'present', 'facing',
              'in_person_service', ['Serve homeowners and contractors at the rental counter; explain safe use of equipment',
                                    'Write up contracts, take deposits and check returned gear for damage']),
            E('Front Desk Volunteer', 'Eastgate Community Health Centre', 'Hamilton, ON', '2022-09', '2023-12', 'facing',
              'volunteering', ['Greeted patients and visitors and directed them to clinics'], sec='volunteer', emp='volunteer'),
        ]),
        ('exp', 'Manufacturing Experience', [
            E('Quality Inspector', 'Wellport Precision Castings', 'Hamilton, ON', '2018-06', '2023-10', 'affecting', None,
              ['Inspected finished castings against customer drawings; wrote non-conformance reports']),
            E('Machine Operator', 'Wellport Precision Castings', 'Hamilton, ON', '2010-03', '2018-05', 'none', None,
              ['Ran CNC trimming cells on a three-shift rotation']),
            E('Server', 'Mario\u2019s Trattoria', 'Hamilton, ON', '2006', '2009', 'facing', 'in_person_service', one=True),
        ]),
        ('list', 'Education', ['Ontario Secondary School Diploma, 2006',
                               'Lean Six Sigma Yellow Belt, 2019']),
        ('list', 'References', ['Provided upon request (Kilbride Rental Centre; Wellport Precision Castings)']),
    ]))

# ------------------------------------------------------------------ w011
R.append(dict(
    file='w011.html', fmt='html', layout='plain', order='title_org', dstyle='month', sep=' – ', present='Present',
    hcase='title',
    family='US stay-at-home father returning to retail service, HTML page exported from a résumé builder, dated career break and PTA role',
    lay='html, plain/title_org, month / \'Present\'',
    name='Matthew Lindqvist', headline='Returning retail professional — customer service and team leadership',
    contact=['Madison, WI 53704', '(608) 555-0161', 'matt.lindqvist@example.com'],
    blocks=[
        ('text', 'Summary', ['Former assistant store manager who stepped away for six years to raise two kids. Back on the '
                             'floor since last holiday season and looking for a permanent full-time service role.']),
        ('skills', 'Skills', [
            ('Resolving complaints', ['Turned around a store with the region\u2019s lowest survey scores in under a year']),
            ('Budgeting', ['Kept the PTA\u2019s $38,000 budget balanced for three years']),
        ]),
        ('exp', 'Work History', [
            E('Holiday Returns Associate (seasonal)', 'Northpoint Department Store', 'Madison, WI', '2025-11', '2026-01', 'facing',
              'in_person_service', ['Processed returns and exchanges at the customer service desk during the post-holiday rush']),
            E('Career Break — Stay-at-home parent', None, None, '2019-05', '2025-03', 'none', None,
              ['Full-time parent to two children while my spouse completed medical residency'], emp='unknown'),
            E('Assistant Store Manager', 'Lakeshore Outfitters', 'Madison, WI', '2013-04', '2019-04', 'facing', 'in_person_service',
              ['Opened and closed the store and handled escalated customer complaints on the floor',
               'Hired and scheduled 25 associates']),
            E('Sales Associate', 'Lakeshore Outfitters', 'Madison, WI', '2010-06', '2013-03', 'facing', 'in_person_service',
              ['Fitted customers for hiking boots and packs']),
        ]),
        ('exp', 'Volunteer Experience', [
            E('PTA Treasurer', 'Emerson Elementary PTA', 'Madison, WI', '2021-09', '2024-06', 'none', None,
              ['Kept the books, paid invoices and presented the monthly budget report'], sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'Education', ['B.A. Communication Arts, University of Northern Wisconsin, 2006 – 2010']),
    ]))

# ------------------------------------------------------------------ w012
R.append(dict(
    file='w012.docx', fmt='docx', layout='tabs', order='title_org', dstyle='m/yyyy', sep='–', present='Present',
    font='Cambria', size=10.5, hcase='upper',
    family='US high-school math teacher now a payroll client-onboarding specialist, Word tab-stop dates, tutoring alongside teaching',
    lay='docx, tabs/title_org, m/yyyy / \'Present\'',
    name='Alicia Moreno-Hart',
    contact=['Westerville, OH 43081 • 614-555-0139 • alicia.morenohart@example.com'],
    blocks=[
        ('text', 'Professional Summary', ['Twelve years of explaining things to people who would rather be somewhere else. '
                                          'I now onboard small-business clients onto payroll software and love it.']),
        ('skills', 'Transferable Skills', [
            ('Training and onboarding', ['Led staff PD sessions on our grading software for 60 colleagues']),
            ('Relationship building', ['Kept weekly contact with families of 150 students a year']),
        ]),
        ('exp', 'Professional Experience', [
            E('Client Onboarding Specialist', 'Ledgerline Payroll Inc.', 'Columbus, OH', '2025-01', 'present', 'facing',
              'sales_account', ['Own a book of 40 new small-business accounts through their first three payrolls',
                                'Run video onboarding calls with owners and office managers',
                                'Hand accounts over to account managers once stable']),
            E('Mathematics Teacher', 'Olentangy Ridge High School', 'Lewis Center, OH', '2012-08', '2024-12', 'facing', 'education',
              ['Algebra II, Precalculus and AP Statistics', 'Math department chair 2020–2024']),
            E('Private Math Tutor', 'Self-employed', 'Westerville, OH', '2015', '2024', 'facing', 'education',
              ['Evening tutoring for SAT/ACT math, 4–6 students a week'], emp='freelance', prose=True),
            E('Bank Teller (part-time)', 'Buckeye Community Bank', 'Athens, OH', '2008-06', '2010-08', 'facing',
              'in_person_service', ['Cashed checks and took deposits for students and local customers']),
        ]),
        ('list', 'Education', ['M.Ed. Curriculum & Instruction, 2016', 'B.S. Mathematics Education, 2008 – 2012',
                               'Student teaching, Athens High School, Spring 2012']),
        ('list', 'Licenses', ['Ohio Professional Teaching License (Mathematics 7–12), valid through 2027']),
    ]))

# ------------------------------------------------------------------ w013
R.append(dict(
    file='w013.pdf', fmt='rl', layout='twopage', order='title_org', dstyle='month', sep=' – ', present='Current',
    font='Times', size=10.5, page='A4', glyph='•', accent=(0.35, 0.1, 0.25), page_break_before='Other Experience',
    footer='Hannah Okafor – Resume – Page {p}', one_fmt='{title}, {org} — {d}',
    family='Australian registered nurse now a health-fund member services consultant, 2-page reportlab résumé with page footer',
    lay='reportlab, twopage/title_org, month / \'Current\'',
    name='Hannah Okafor',
    contact=['Prospect SA 5082  •  0401 555 862  •  hannah.okafor@example.com.au'],
    headline='Member Services Consultant | Registered Nurse (non-practising)',
    blocks=[
        ('text', 'Career Summary', ['After fourteen years in acute and aged care nursing I moved into health insurance, '
                                    'where my clinical knowledge helps members understand what they are covered for.']),
        ('skills', 'Key Strengths', [
            ('Clinical knowledge', ['Translate item numbers and procedure names into plain language for members']),
            ('Empathy', ['Supported families through end-of-life care on a surgical ward',
                         'Handled complaints from relatives with patience and honesty']),
            ('Education', ['Designed and ran the hospital\u2019s deteriorating-patient refresher for 120 nurses']),
        ]),
        ('exp', 'Relevant Experience', [
            E('Member Services Consultant', 'Wattle Health Fund', 'Adelaide SA', '2025-03', 'present', 'facing', 'contact_center',
              ['Answer member calls and web chats on cover, waiting periods and claims',
               'Process claims and explain gap payments; complete pre-procedure eligibility checks']),
            E('Clinical Nurse – Staff Development', 'St Brigid\u2019s Private Hospital', 'North Adelaide SA', '2020-01', '2025-01',
              'facing', 'education', ['Ran orientation and annual competency training for ward nurses',
                                      'Worked two clinical shifts a week on the surgical ward']),
            E('Registered Nurse', 'St Brigid\u2019s Private Hospital', 'North Adelaide SA', '2011-02', '2019-12', 'facing',
              'healthcare_care', ['Post-operative care for orthopaedic and general surgical patients',
                                  'Discharge education for patients and carers']),
        ]),
        ('exp', 'Other Experience', [
            E('Assistant in Nursing', 'Pinegrove Aged Care', 'Salisbury SA', '2008-06', '2010-12', 'facing', 'healthcare_care',
              ['Showering, dressing, meals and mobility support for residents while at university']),
            E('Volunteer First Aider', 'Red Gum First Aid Volunteers', 'Adelaide SA', '2015', '2022', 'facing', 'volunteering',
              ['Provided first aid at community events, footy carnivals and fun runs'], sec='volunteer', emp='volunteer'),
            E('Checkout Operator', 'Foodway Supermarkets', 'Salisbury SA', '2005', '2008', 'facing', 'in_person_service', one=True),
        ]),
        ('list', 'Education', ['Bachelor of Nursing, University of South Adelaide, 2008 – 2010',
                               'Graduate Certificate in Clinical Education, 2019',
                               'Certificate IV in Training and Assessment, 2021']),
        ('list', 'Referees', ['Margaret Doyle, Team Leader, Wattle Health Fund — 08 5555 0117',
                              'James Peruzzi, Nurse Unit Manager, St Brigid\u2019s Private Hospital — on request']),
    ]))

# ------------------------------------------------------------------ w014
R.append(dict(
    file='w014.txt', fmt='txt', layout='plain', order='inline', dstyle='mon', sep=' to ', present='Present',
    hstyle='plain', hcase='upper', glyph='>', wrap=76,
    one_fmt='{title}, {org}, {loc}, {d}',
    family='US cold-storage forklift operator moving into utility call-center work, functional plain-text résumé with inline dates',
    lay='txt, plain/inline, mon / \'Present\'',
    name='Luis Ortega-Sandoval',
    contact=['Omaha, NE 68107 | 402-555-0154 | luis.ortegas@example.com'],
    blocks=[
        ('text', 'SUMMARY OF QUALIFICATIONS', ['Reliable, bilingual (English/Spanish) worker with 12 years in warehousing '
                                               'and a season on the phones at a utility. Fast on a keyboard, steady with '
                                               'angry callers, never late.']),
        ('skills', 'TRANSFERABLE SKILLS', [
            ('Communication', ['Interpreted for Spanish-speaking co-workers during safety trainings',
                               'Talked drivers through dock delays over the radio without tempers flaring']),
            ('Computer', ['Typing 55 wpm, SAP warehouse screens, Outlook, Genesys softphone']),
        ]),
        ('exp', 'WORK HISTORY', [
            E('Customer Service Representative (seasonal)', 'Great Plains Gas & Electric', 'Omaha, NE', '2025-10', '2026-01',
              'facing', 'contact_center', ['Took inbound calls on winter bills, payment plans and service starts',
                                           'Spanish-language queue two days a week']),
            E('Forklift Operator', 'Heartland Cold Storage', 'Omaha, NE', '2017-04', '2025-09', 'affecting', None,
              ['Moved pallets of frozen and chilled groceries to outbound trucks for store deliveries',
               'Checked load temperatures and seals before departure']),
            E('Shipping & Receiving Clerk', 'Prairie Fastener Supply', 'Council Bluffs, IA', '2013-02', '2017-03', 'facing',
              'in_person_service', ['Received and put away inbound freight',
                                    'Handed will-call orders to contractors at the pickup window and fixed order mix-ups']),
            E('Crew Member', 'Burger Barn', 'Omaha, NE', '2010', '2012', 'facing', 'in_person_service', one=True),
        ]),
        ('exp', 'VOLUNTEER', [
            E('Usher and Greeter', 'Grace Fellowship Church', 'Omaha, NE', '2018', 'present', 'facing', 'volunteering',
              ['Greet families on Sundays and help newcomers find classes'], sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'EDUCATION', ['GED, 2010', 'Customer Service Certificate, Metro Omaha Community College, Spring 2025']),
    ]))

# ------------------------------------------------------------------ w015
R.append(dict(
    file='w015.docx', fmt='docx', layout='sidebar', order='org_title', dstyle='mon', sep=' – ', present='Current',
    page='A4', font='Calibri', size=10, hcase='title', nested=True, body_in_cell=True, side_hex='E4EDE4',
    family='Australian storeperson and former poultry process worker now a council customer service officer, Word layout table with shaded sidebar and a nested table per job',
    lay='docx, sidebar+nested/org_title, mon / \'Current\'',
    name='Shane Whitlock',
    headline='Customer Service Officer',
    side=[('Contact', ['Midland WA 6056', '0427 555 481', 'shane.whitlock@example.com.au']),
          ('Licences', ['LF forklift licence (2016)', 'C class driver licence', 'First Aid HLTAID011 – 2024']),
          ('Skills', ['Front counter & phones', 'Pathway / TechOne (trained)', 'Stock control', 'Calm with upset ratepayers']),
          ('Referees', ['Karen Bell, Coordinator Customer Service, City of Kalinda – 08 5555 0174'])],
    blocks=[
        ('text', 'About Me', ['Ten years in the warehouse taught me to be dependable. Now I bring that to the council '
                              'front counter, where every day is different.']),
        ('exp', 'Work History', [
            E('Customer Service Officer (casual)', 'City of Kalinda', 'Midland WA', '2025-07', 'present', 'facing',
              'in_person_service', ['Front counter and phone enquiries on rates, bins, pet registration and parking',
                                    'Receipt payments and lodge customer requests in TechOne']),
            E('Storeperson', 'Swan Valley Distribution Pty Ltd', 'Hazelmere WA', '2016-01', '2025-06', 'affecting', None,
              ['Picked and dispatched orders for hardware stores across the metro area',
               'Forklift loading, cycle counts, damaged-stock returns']),
            E('Process Worker', 'Goldfields Poultry', 'Bullsbrook WA', '2012-03', '2015-12', 'none', None,
              ['Deboning and packing line in a chilled processing plant']),
        ]),
        ('exp', 'Community', [
            E('Coach, Under-12s', 'Swan Districts Junior Football Club', 'Midland WA', '2019', '2024', 'facing', 'volunteering',
              ['Coached Saturday games and Thursday training; kept parents updated through the team app'],
              sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'Training', ['Certificate III in Business (Customer Engagement), North Metro TAFE, 2025',
                              'Certificate II in Warehousing Operations, 2016']),
    ]))
