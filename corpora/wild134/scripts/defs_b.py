"""Résumés w016–w030 (wild134: career changers moving into customer service)."""
from lib import E

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    file='w016.pdf', fmt='fpdf', layout='twocol', order='title_org', dstyle='mon', sep=' – ', present='Present',
    font='Cond', glyph='›', hcase='upper', accent=(140, 50, 20), side_bg=(245, 236, 228), page='Letter',
    one_fmt='{title} | {org} | {loc} | {d}',
    family='US executive chef now a hotel front desk agent, fpdf2 with shaded left column, chef roles kept with one guest-contact line',
    lay='fpdf2, twocol/title_org, mon / \'Present\'',
    name='Renée Baptiste-Coleman', headline='Front Desk Agent · 15 years in hospitality',
    contact=[],
    side=[('Contact', ['Charleston, SC 29403', '(843) 555-0199', 'renee.bc@example.com']),
          ('Systems', ['Opera PMS', 'OpenTable', 'Toast POS', 'MS Office']),
          ('Certificates', ['ServSafe Food Protection Manager (2023)', 'AHLEI Guest Service Gold (2025)']),
          ('Education', ['A.O.S. Culinary Arts', 'Lowcountry Culinary Institute', '2008 – 2010']),
          ('Languages', ['English, Haitian Creole, conversational French'])],
    blocks=[
        ('text', 'Profile', ['I spent fifteen years feeding guests; now I check them in. Organised, warm, and very hard to rattle.']),
        ('skills', 'Transferable Skills', [
            ('Hospitality mindset', ['Remembered regulars\u2019 allergies and anniversaries without being asked']),
            ('Leadership', ['Led a kitchen brigade of 14 through a full menu relaunch']),
            ('Cost control', ['Cut food cost from 34% to 29% in a year']),
        ]),
        ('exp', 'Hospitality Experience', [
            E('Front Desk Agent', 'The Palmetto Inn', 'Charleston, SC', '2025-02', 'present', 'facing', 'in_person_service',
              ['Check guests in and out, handle room moves and billing questions in Opera',
               'Recommend restaurants and book tours; resolve noise and housekeeping complaints']),
            E('Executive Chef', 'Tidewater Kitchen & Oyster Bar', 'Mount Pleasant, SC', '2017-09', '2024-12', 'facing',
              'in_person_service', ['Wrote seasonal menus and managed food cost, ordering and a brigade of 14',
                                    'Visited tables during service to check on regulars and handle complaints in person']),
            E('Sous Chef', 'Tidewater Kitchen & Oyster Bar', 'Mount Pleasant, SC', '2014-03', '2017-08', 'affecting', None,
              ['Ran the line on the chef\u2019s nights off; scheduling and inventory']),
            E('Line Cook', 'Lowcountry Smokehouse', 'Summerville, SC', '2010-05', '2014-02', 'affecting', None, one=True),
        ]),
        ('exp', 'Volunteer', [
            E('Volunteer Cooking Instructor', 'Harbor Youth Center', 'North Charleston, SC', '2019', '2023', 'facing',
              'volunteering', ['Taught a Tuesday evening cooking class for teenagers'], sec='volunteer', emp='volunteer'),
        ]),
    ]))

# ------------------------------------------------------------------ w017
R.append(dict(
    file='w017.md', fmt='md', layout='plain', order='title_org', dstyle='mon', sep=' - ', present='present',
    md_style='bold', glyph='*',
    family='UK software QA tester moving to broadband live-chat support, Markdown with bold title lines and italic dates',
    lay='md, bold/title_org, mon / \'present\'',
    name='Tomasz Wiśniewski',
    contact=['Salford, Greater Manchester', '07700 900 871 · tomasz.w@example.co.uk', 'github.com/twisniewski-example'],
    blocks=[
        ('text', 'Profile', ['Software tester for six years who wanted to talk to the people using the product instead of '
                             'filing bugs about them. Patient, methodical, fluent in Polish and English.']),
        ('skills', 'What I bring', [
            ('Troubleshooting', ['Narrow down a customer\u2019s router fault in a few questions, the way I used to isolate a bug']),
            ('Written communication', ['Wrote clear, reproducible bug reports read by developers in three countries']),
        ]),
        ('exp', 'Experience', [
            E('Customer Support Adviser (Live Chat)', 'Pebblestone Broadband', 'Manchester', '2025-01', 'present', 'facing',
              'digital_service', ['Handle three simultaneous chats on faults, bills and moving home',
                                  'Run line tests and book engineer visits; top-3 CSAT in my team for Q2 and Q3']),
            E('QA Test Analyst', 'Northmill Software Ltd', 'Manchester', '2018-05', '2024-10', 'affecting', None,
              ['Manual and automated testing of a housing-association tenant portal',
               'Wrote regression packs in Selenium and Postman']),
            E('Junior Web Developer', 'Cobweb Digital Agency', 'Stockport', '2015-09', '2018-04', 'affecting', None,
              ['Built WordPress sites for small-business clients from the account manager\u2019s briefs']),
            E('Digital Champion (volunteer)', 'Irwell Libraries', 'Salford', '2022-03', '2024-12', 'facing', 'volunteering',
              ['Helped library visitors get online, set up email and apply for benefits'], sec='volunteer', emp='volunteer'),
            E('Student Ambassador', 'Penwick University', 'Lancaster', '2012-10', '2015-06', 'facing', 'other_facing',
              ['Campus tours for visiting applicants and their parents on open days'], sec='other'),
        ]),
        ('list', 'Education', ['BSc Computer Science (2:1), Penwick University, 2012 - 2015',
                               'ISTQB Foundation Level, 2019']),
        ('list', 'Referees', ['On request — Pebblestone Broadband (team leader) and Northmill Software Ltd (QA lead)']),
    ]))

# ------------------------------------------------------------------ w018
R.append(dict(
    file='w018.docx', fmt='docx', layout='styles', order='title_org', dstyle='yyyy-mm', sep=' → ', present='present',
    font='Calibri', size=10.5, hcase='title',
    family='Canadian data-centre network technician now in mobile-store sales and service, Word heading styles, ISO-style dates, season-dated festival volunteering',
    lay='docx, styles/title_org, yyyy-mm / \'present\'',
    name='Arjun Malhotra',
    contact=['Calgary, AB T2E 4K8 · 403-555-0145 · arjun.malhotra@example.ca'],
    blocks=[
        ('text', 'Summary', ['Network technician turned retail service associate. Eight years of cabling and racks, and '
                             'four years before that in customers\u2019 homes as a cable installer — which is the part I missed.']),
        ('skills', 'Transferable Skills', [
            ('Technical explanations', ['Explain 5G coverage, eSIM transfers and data plans without the jargon']),
            ('Process', ['Followed strict change-management windows in a tier-3 data centre']),
        ]),
        ('exp', 'Experience', [
            E('Retail Sales & Service Associate', 'Northlight Mobile', 'Calgary, AB', '2025-05', 'present', 'facing',
              'in_person_service', ['Help walk-in customers choose phones and plans and transfer their data',
                                    'Troubleshoot device and billing issues at the counter']),
            E('Network Technician', 'Chinook Data Centres Inc.', 'Calgary, AB', '2016-10', '2025-02', 'none', None,
              ['Racked, cabled and labelled switches and servers in a colocation facility',
               'Replaced failed optics and drives under change tickets']),
            E('Field Service Technician', 'Prairie Cable Co.', 'Red Deer, AB', '2012-04', '2016-09', 'facing', 'other_facing',
              ['Installed internet and TV in customers\u2019 homes and showed them how to use the equipment',
               'Handled repair visits and explained the fix before leaving']),
            E('Registration Volunteer', 'Bow River Folk Festival', 'Calgary, AB', '2023-06', '2023-08', 'facing',
              'volunteering', ['Checked tickets and handed out wristbands at the main gate'], sec='volunteer', emp='volunteer',
              dt='Summer 2023'),
        ]),
        ('list', 'Education & Certifications', ['Diploma, Telecommunications Technology, Southern Alberta Polytechnic, 2010 – 2012',
                                                'CCNA (2017, expired)', 'Fibre Optic Technician certificate, 2014']),
    ]))

# ------------------------------------------------------------------ w019
R.append(dict(
    file='w019.pdf', fmt='rl', layout='plain', order='dateline', dstyle='month', sep=' – ', present='present',
    font='Helvetica', size=10, align='center', glyph='–', accent=(0.15, 0.15, 0.15), rule=True, hcase='upper',
    one_fmt='{title}, {org}, {loc} ({d})',
    family='Canadian French-immersion teacher now a bilingual travel-insurance agent, reportlab centred header, title/employer/dates on separate lines',
    lay='reportlab, plain/dateline, month / \'present\'',
    name='Geneviève Lachance-Brown',
    contact=['Orléans, ON K1C 7H2 — 613-555-0167 — gen.lachance@example.ca'],
    headline='Bilingual Customer Service Agent (English / Français)',
    blocks=[
        ('skills', 'Highlights of Qualifications', [
            ('Bilingual service', ['Switch between French and English mid-call without losing the thread']),
            ('De-escalation', ['Thirteen years of parent meetings, some of them very tense']),
            ('Organisation', ['Planned and ran a week-long Grade 3 trip to Québec City for 48 children']),
        ]),
        ('exp', 'Relevant Experience', [
            E('Bilingual Customer Service Agent', 'Outaouais Travel Insurance Ltd.', 'Ottawa, ON', '2025-01', 'present',
              'facing', 'contact_center', ['Answer calls from travellers abroad about claims and coverage in both languages',
                                           'Coordinate with emergency assistance partners and update claim files']),
            E('French Immersion Teacher (Grade 3)', 'Rideau Heights Public School', 'Ottawa, ON', '2011-09', '2024-06',
              'facing', 'education', ['Taught all subjects in French to classes of 22–26',
                                      'Held parent conferences and weekly newsletters in both languages']),
            E('Occasional Teacher', 'Capital Region District School Board', 'Ottawa, ON', '2009-09', '2011-06', 'facing',
              'education', ['Daily and long-term supply placements in K–8 French programmes'], prose=True),
        ]),
        ('exp', 'Additional Experience', [
            E('Camp Program Director (summers)', 'Camp Lac-Vert', 'Wakefield, QC', '2014', '2018', 'facing', 'education',
              ['Planned activities and supervised 18 counsellors; met parents on arrival day']),
            E('Barista', 'Café Bonjour', 'Gatineau, QC', '2006', '2009', 'facing', 'in_person_service', one=True),
        ]),
        ('list', 'Education', ['B.Ed., Primary/Junior (French), University of the Ottawa Valley, 2008 – 2009',
                               'B.A. French Studies, 2005 – 2008', 'Ontario College of Teachers — member in good standing']),
    ]))

# ------------------------------------------------------------------ w020
R.append(dict(
    file='w020.txt', fmt='txt', layout='plain', order='dash', dstyle='mon', sep=' - ', present='present',
    hstyle='bracket', hcase='upper', glyph='o', right_sep=' ... ', wrap=84, bind='  ',
    family='UK primary teacher now a council contact-centre advisor, plain text with bracketed headings, overlapping carer break and volunteering',
    lay='txt, plain/dash, mon / \'present\'',
    name='Siobhan Carragher',
    contact=['Thornton-Cleveleys, Lancashire FY5', 'Tel 07700 900 358', 's.carragher@example.co.uk'],
    blocks=[
        ('text', 'Personal statement', ['Thirteen years in primary schools, first as a teaching assistant and then as a '
                                        'class teacher. After time out to care for my father I wanted a change of pace '
                                        'and now answer residents\u2019 calls for the council.']),
        ('skills', 'Transferable skills', [
            ('Listening', ['Picked up on worries a child or parent could not quite say out loud']),
            ('Record keeping', ['Kept safeguarding logs and progress data to Ofsted standard']),
        ]),
        ('exp', 'Employment', [
            E('Customer Contact Advisor', 'Wyremouth Borough Council', 'Poulton-le-Fylde', '2025-02', 'present', 'facing',
              'contact_center', ['Take calls on council tax, bins, housing benefit and parking permits',
                                 'Raise service requests and book bulky-waste collections']),
            E('Career break - caring for my father', None, None, '2024-09', '2025-01', 'none', None, [], emp='unknown'),
            E('Class Teacher (KS1)', 'Millbrook Primary School', 'Fleetwood', '2014-09', '2024-08', 'facing', 'education',
              ['Year 1 and Year 2 class teacher; phonics lead', 'Termly parents\u2019 evenings and daily playground catch-ups']),
            E('Teaching Assistant', 'Millbrook Primary School', 'Fleetwood', '2011-01', '2014-07', 'facing', 'education',
              ['One-to-one reading support and small-group maths interventions']),
        ]),
        ('exp', 'Volunteering', [
            E('Volunteer Adviser', 'Wyremouth Advice Centre', 'Fleetwood', '2024-09', 'present', 'facing', 'volunteering',
              ['Drop-in sessions helping people fill in benefit and housing forms'], sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'Education and training', ['PGCE Primary, Fylde Coast University College, 2013 - 2014',
                                            'BA (Hons) Childhood Studies, 2008 - 2011',
                                            'Safeguarding Level 2 - refreshed Sep 2023']),
        ('list', 'References', ['Mrs J. Holt, Headteacher, Millbrook Primary School', 'Team Leader, Wyremouth Borough Council']),
    ]))

# ------------------------------------------------------------------ w021
R.append(dict(
    file='w021.docx', fmt='docx', layout='tables', order='org_title', dstyle='mm/yyyy', sep=' - ', present='Present',
    font='Garamond', size=11, hcase='upper', body_in_cell=True, align='center',
    family='US dental assistant returning after an eight-year caregiving break, Word table per job with bullets inside the cell, employer first',
    lay='docx, table/org_title, mm/yyyy / \'Present\'',
    name='Crystal Yazzie-Monroe',
    contact=['Tucson, AZ 85711', '(520) 555-0113  ·  crystal.ym@example.com'],
    blocks=[
        ('text', 'Objective', ['Returning dental professional seeking a patient coordinator or front office role in a '
                               'family practice.']),
        ('skills', 'Skills & Strengths', [
            ('Patient communication', ['Calmed nervous kids (and parents) before treatment']),
            ('Scheduling', ['Ran our family calendar of four schedules plus my mother\u2019s medical appointments']),
            ('Software', ['Dentrix, Eaglesoft, Google Calendar']),
        ]),
        ('exp', 'Experience', [
            E('Patient Coordinator', 'Brightsmile Family Dentistry', 'Tucson, AZ', '2024-09', 'present', 'facing',
              'in_person_service', ['Greet patients, verify insurance and schedule treatment plans',
                                    'Explain estimates and set up payment arrangements']),
            E('Career Break – Full-time caregiver to family', None, None, '2016-02', '2024-08', 'none', None,
              ['Cared for two young children and my mother after her stroke'], emp='unknown'),
            E('Dental Assistant', 'Saguaro Dental Group', 'Tucson, AZ', '2010-05', '2016-01', 'facing', 'healthcare_care',
              ['Chairside assisting for two dentists; took X-rays and impressions',
               'Gave post-op instructions to patients']),
            E('Sterilization Technician', 'Saguaro Dental Group', 'Tucson, AZ', '2008-09', '2010-04', 'affecting', None,
              ['Cleaned, bagged and autoclaved instruments; kept sterilization logs']),
        ]),
        ('exp', 'Volunteer', [
            E('Storytime Reader', 'Pima Desert Library', 'Tucson, AZ', '2019-09', '2023-05', 'facing', 'volunteering',
              ['Read to preschoolers at the Wednesday morning storytime'], sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'Education & Certification', ['Dental Assisting Certificate, Sonoran Career College, 2007 – 2008',
                                               'Arizona Radiography Certification (renewed 2024)',
                                               'CPR/BLS, American Heart Association, exp. 08/2026']),
    ]))

# ------------------------------------------------------------------ w022
R.append(dict(
    file='w022.pdf', fmt='fpdf', layout='left', order='orgfirst', dstyle='mon', sep=' – ', present='Current',
    font='DejaVu', glyph='■', hcase='title', accent=(60, 80, 40),
    family='Australian Army transport driver with a recruiting posting, now roadhouse customer service, fpdf2 employer heading with roles beneath',
    lay='fpdf2, left/orgfirst, mon / \'Current\'',
    name='Brodie McKenzie',
    contact=['Kirwan QLD 4817 | 0455 555 902 | brodie.mckenzie@example.com.au'],
    headline='Ex-ADF | Customer Service | HR (heavy rigid) licence',
    blocks=[
        ('text', 'Profile', ['Discharged in 2025 after eleven years in the Army. Now working the counter at a busy '
                             'highway roadhouse and looking for a permanent customer service or dispatch role.']),
        ('skills', 'Key Skills', [
            ('Talking to the public', ['Spoke to hundreds of school leavers and parents at careers expos']),
            ('Reliability', ['Planned convoy moves of 20 vehicles across 1,200 km with no incidents']),
        ]),
        ('exp', 'Employment History', [
            E('Customer Service Team Member', 'Redline Roadhouse', 'Townsville QLD', '2025-05', 'present', 'facing',
              'in_person_service', ['Serve truckies and travellers at the fuel and food counter',
                                    'Cash handling and EFTPOS; clean and restock between rushes']),
            E('Transport Supervisor (Corporal)', 'Australian Army', 'Lavarack Barracks, Townsville QLD', '2023-07', '2025-03',
              'affecting', None, ['Planned vehicle tasking and supervised eight drivers moving stores and equipment'],
              emp='military'),
            E('Careers Promotion – Recruiting Support (posting)', 'Australian Army', 'Brisbane QLD', '2021-07', '2023-06',
              'facing', 'other_facing', ['Staffed careers expos and school visits, answering questions from candidates and parents'],
              emp='military'),
            E('Driver (Specialist)', 'Australian Army', 'Lavarack Barracks, Townsville QLD', '2014-01', '2021-06', 'affecting',
              None, ['Drove heavy vehicles carrying stores, fuel and ammunition on exercises', 'First-line vehicle maintenance'],
              emp='military'),
            E('Apprentice Light Vehicle Mechanic', 'Ross River Motors', 'Townsville QLD', '2011-02', '2013-12', 'none', None,
              ['Servicing and brake work in the workshop (did not complete)'], emp='internship'),
        ]),
        ('list', 'Licences & Training', ['HR licence (2015)', 'Certificate IV in Leadership and Management (Defence), 2022',
                                         'RSA and RSG, 2025']),
        ('list', 'Referees', ['WO2 (ret.) Dean Hartley — 0400 555 118', 'Manager, Redline Roadhouse — on request']),
    ]))

# ------------------------------------------------------------------ w023
R.append(dict(
    file='w023.html', fmt='html', layout='plain', order='pipe', dstyle='mon', sep=' – ', present='Present',
    family='Australian head chef now a resort reservations agent, HTML résumé with pipe title lines, chef apprenticeship and kitchen volunteering',
    lay='html, plain/pipe, mon / \'Present\'',
    name='Kai Nakamura-Ellis', headline='Reservations & Guest Services | ex-Head Chef',
    contact=['Edge Hill QLD 4870', '0466 555 231', 'kai.ne@example.com.au'],
    blocks=[
        ('text', 'About', ['Fifteen years in kitchens across Far North Queensland. Hung up the apron in 2025 and moved to '
                           'the reservations desk at a resort, where knowing the food, the region and the guests pays off.']),
        ('skills', 'Transferable strengths', [
            ('Planning', ['Costed and planned menus for 120-cover services and 300-guest functions']),
            ('Working with suppliers', ['Negotiated seafood pricing with local trawlers every season']),
        ]),
        ('exp', 'Experience', [
            E('Reservations & Guest Services Agent', 'Sapphire Bay Resort', 'Palm Cove QLD', '2025-03', 'present', 'facing',
              'contact_center', ['Take phone and email bookings for rooms, tours and the restaurant',
                                 'Amend bookings and answer pre-arrival questions from guests']),
            E('Head Chef', 'Driftwood Café', 'Cairns QLD', '2019-06', '2024-12', 'affecting', None,
              ['Ran a kitchen of five; menu, rosters, ordering and food safety plan']),
            E('Chef de Partie', 'Pier 9 Seafood', 'Cairns QLD', '2015-02', '2019-05', 'affecting', None,
              ['Ran the seafood section for 160-seat dinner service']),
            E('Apprentice Chef', 'Cairns Harbour Hotel', 'Cairns QLD', '2011-01', '2014-12', 'affecting', None,
              ['Rotated through breakfast, banquets and the à la carte kitchen'], emp='internship'),
            E('Volunteer Cook', 'Tablelands Community Pantry', 'Atherton QLD', '2022', '2024', 'affecting', None,
              ['Batch-cooked frozen meals in the back kitchen for the pantry\u2019s hampers'], sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'Qualifications', ['Certificate III in Commercial Cookery, 2014', 'Certificate IV in Kitchen Management, 2018',
                                    'Food Safety Supervisor certificate, renewed 2023']),
    ]))

# ------------------------------------------------------------------ w024
R.append(dict(
    file='w024.docx', fmt='docx', layout='tabs', order='org_title', dstyle='month', sep=' - ', present='to date',
    font='Arial', size=10, page='A4', hcase='title', glyph_text='➢',
    one_fmt='{title} – {org}, {loc} – {d}',
    family='UK food-factory line leader now a garden-centre customer service assistant, Word tab-stop dates with employer first, typed arrow bullets',
    lay='docx, tabs/org_title, month / \'to date\'',
    name='Dean Haworth',
    contact=['Chaddesden, Derby DE21  •  07700 900 704  •  deanhaworth@example.co.uk'],
    blocks=[
        ('text', 'Profile', ['Seventeen years on a food production line, the last six leading it. I wanted to work with '
                             'people rather than machines and now help customers at a garden centre.']),
        ('skills', 'Skills', [
            ('Teamwork', ['Covered any station on the line and trained new starters in food hygiene']),
            ('Problem solving', ['Cut changeover time on line 3 from 40 to 25 minutes']),
        ]),
        ('exp', 'Work Experience', [
            E('Customer Service Assistant', 'Greenfield\u2019s Garden Centre', 'Derby', '2025-03', 'present', 'facing',
              'in_person_service', ['Help customers choose plants and compost and carry heavy items to cars',
                                    'Tills, click-and-collect handovers and plant care advice']),
            E('Line Leader', 'Midshire Foods Ltd', 'Derby', '2019-04', '2025-01', 'none', None,
              ['Led a team of 11 on a ready-meal packing line; hygiene checks and shift handovers']),
            E('Production Operative', 'Midshire Foods Ltd', 'Derby', '2008-06', '2019-03', 'none', None,
              ['Machine minding, packing and cleaning down']),
            E('Kitchen Porter', 'The Red Lion', 'Belper', '2006-04', '2008-05', 'affecting', None, one=True),
        ]),
        ('exp', 'Volunteering', [
            E('Matchday Steward (volunteer)', 'Rams Valley Community FC', 'Derby', '2016', 'present', 'facing', 'volunteering',
              ['Turnstiles and crowd safety on home games'], sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'Qualifications', ['Level 2 Food Safety and Hygiene, 2019', 'NVQ Level 2 Food Manufacturing, 2010',
                                    'RHS Level 2 Certificate in Horticulture (evening class), started Sep 2025']),
        ('list', 'References', ['Available on request']),
    ]))

# ------------------------------------------------------------------ w025
R.append(dict(
    file='w025.txt', fmt='txt', layout='plain', order='dateline', dstyle='mm/yyyy', sep=' - ', present='Present',
    hstyle='plain', hcase='upper', glyph='-', wrap=None, name_caps=True,
    family='US licensed practical nurse now a health-plan member service rep, ATS plain text with title, employer and dates on separate lines',
    lay='txt, plain/dateline, mm/yyyy / \'Present\'',
    name='Tamika R. Jefferson',
    contact=['Tampa, FL 33610', '813-555-0104', 'tamika.jefferson@example.com'],
    blocks=[
        ('text', 'Professional Summary', ['LPN with 10 years of bedside and home health experience now working in a health-plan '
                                          'call center. Strong on medical terminology, HIPAA, and patience.']),
        ('skills', 'Core Skills', [
            ('Medical knowledge', ['Explain prior authorizations and formularies in plain words']),
            ('Documentation', ['Accurate charting in PointClickCare and Epic']),
        ]),
        ('exp', 'Work Experience', [
            E('Member Service Representative', 'Sunbelt Health Plans', 'Tampa, FL', '2024-11', 'present', 'facing',
              'contact_center', ['Answer member calls on benefits, claims and finding in-network providers',
                                 'Average 55 calls per day; quality score 97%']),
            E('Licensed Practical Nurse', 'Bayview Rehabilitation Center', 'Tampa, FL', '2014-06', '2024-10', 'facing',
              'healthcare_care', ['Medication passes and wound care for 20-bed short-term rehab unit',
                                  'Updated families at visiting times and during care-plan meetings']),
            E('Certified Nursing Assistant', 'Gulfside Home Health', 'Clearwater, FL', '2011-03', '2014-05', 'facing',
              'healthcare_care', ['Home visits for bathing, meal prep and vitals for elderly clients']),
            E('Medical Records Assistant (part-time)', 'Gulfside Home Health', 'Clearwater, FL', '2012-01', '2012-12',
              'affecting', None, ['Scanned and indexed visit notes; chased missing signatures from nurses']),
        ]),
        ('list', 'Education', ['Practical Nursing Diploma, Hillsborough Technical Institute, 2013 - 2014',
                               'CNA Certificate, 2010', 'Florida LPN License (active, exp. 07/2027)']),
    ]))

# ------------------------------------------------------------------ w026
R.append(dict(
    file='w026.pdf', fmt='rl', layout='sidebar', order='title_org', dstyle="mon'yy", sep=' – ', present='now',
    font='Helvetica', size=9.5, page='A4', glyph='•', accent=(0.55, 0.35, 0.0), side_bg=(0.97, 0.94, 0.86),
    page_break_before='Earlier Career', footer='Adam Kowalczyk · CV · page {p}',
    family='UK electrician (self-employed, then contract) moving to smart-meter booking line, 2-page reportlab CV with sidebar on page one and page footer',
    lay='reportlab, sidebar 2pp/title_org, mon \'yy / \'now\'',
    name='Adam Kowalczyk', headline='Customer Service Adviser — qualified electrician',
    contact=[],
    side=[('Contact', ['Bramley, Leeds LS13', '07700 900 519', 'adam.kowalczyk@example.co.uk']),
          ('Skills', ['Explaining technical jobs simply', 'Quoting and invoicing', 'Salesforce Service Cloud', 'Full UK driving licence']),
          ('Qualifications', ['NVQ Level 3 Electrotechnical (2010)', '18th Edition BS 7671 (2019)', 'AM2 (2010)'])],
    blocks=[
        ('text', 'Profile', ['Nine years running my own domestic electrical business taught me that the job is half wiring '
                             'and half people. I now book and reschedule smart-meter installs for an energy supplier.']),
        ('skills', 'Transferable skills', [
            ('Customer care', ['Kept a 4.9-star rating over 230 reviews on a trades directory']),
            ('Scheduling', ['Planned my own diary of 6–8 jobs a week around customers\u2019 availability']),
        ]),
        ('exp', 'Relevant Experience', [
            E('Customer Service Adviser – Smart Meter Bookings', 'Brightgrid Energy', 'Leeds', '2025-01', 'present', 'facing',
              'contact_center', ['Outbound and inbound calls to book, move and confirm smart-meter appointments',
                                 'Answer technical questions from customers nervous about the install']),
            E('Domestic Electrician (self-employed)', 'A. Kowalczyk Electrical', 'Leeds', '2015-04', '2024-11', 'facing',
              'entrepreneurial_freelance', ['Rewires, consumer units and EV chargers in occupied homes',
                                            'Quoted homeowners, explained certificates and handled snagging calls'],
              emp='freelance'),
        ]),
        ('exp', 'Earlier Career', [
            E('Approved Electrician', 'Sparkwell Contracting Ltd', 'Wakefield', '2010-09', '2015-03', 'none', None,
              ['Containment and lighting on new office and warehouse fit-outs']),
            E('Apprentice Electrician', 'Sparkwell Contracting Ltd', 'Wakefield', '2006-09', '2010-08', 'none', None,
              ['Four-year apprenticeship on commercial sites'], emp='internship'),
            E('Volunteer Fixer', 'Bramley Repair Café', 'Leeds', '2019-03', 'present', 'facing', 'volunteering',
              ['Monthly repair café: fix lamps and toasters at the table with their owners and show them how'],
              sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'Education', ['Aire Valley College, Electrical Installation, 2006 – 2010',
                               'Level 2 Award in Customer Service (online), 2024']),
        ('list', 'References', ['Available on request — Brightgrid Energy and former customers']),
    ]))

# ------------------------------------------------------------------ w027
R.append(dict(
    file='w027.docx', fmt='docx', layout='sidebar', order='pipe', dstyle='mon', sep=' – ', present='Current',
    page='A4', font='Calibri', size=10, hcase='upper', nested=False, side_hex='F2E6D9',
    family='Australian licensed plumber now on a plumbing-supplies trade counter, Word layout table with shaded sidebar, pipe title lines',
    lay='docx, sidebar/pipe, mon / \'Current\'',
    name='Lachlan O\u2019Dea', headline='Trade Counter Sales | Licensed Plumber',
    side=[('Contact', ['Lavington NSW 2641', '0419 555 364', 'lachie.odea@example.com.au']),
          ('Licences', ['Plumber licence NSW (2012)', 'Gasfitter licence (2014)', 'White Card']),
          ('Strengths', ['Product knowledge', 'Quoting', 'Rapport with tradies', 'MYOB, Simpro'])],
    blocks=[
        ('text', 'Profile', ['Sixteen years as a plumber, now on the other side of the counter. Back was done; '
                             'knowledge and people skills weren\u2019t.']),
        ('skills', 'Transferable Skills', [
            ('Advice', ['Help DIY customers choose the right tapware and fittings and tell them when to call a plumber']),
        ]),
        ('exp', 'Experience', [
            E('Trade Counter Sales Consultant', 'Murray Plumbing Supplies', 'Albury NSW', '2024-10', 'present', 'facing',
              'in_person_service', ['Serve plumbers and the public at the trade counter; quotes and special orders',
                                    'Chase back-orders and manage trade account queries']),
            E('Plumber', 'Hume Valley Plumbing & Gas', 'Albury NSW', '2012-01', '2024-09', 'facing', 'other_facing',
              ['Maintenance and emergency call-outs in homes and shops; explained repairs and costs to owners',
               'Hot water and gas appliance installs']),
            E('Apprentice Plumber', 'Hume Valley Plumbing & Gas', 'Albury NSW', '2008-01', '2011-12', 'none', None,
              ['Rough-in and drainage on new housing estates'], emp='internship'),
            E('Volunteer Firefighter', 'Thurgoona Rural Fire Brigade', 'Thurgoona NSW', '2015', 'present', 'facing',
              'volunteering', ['Bushfire and storm response; community fire-safety days with local residents'],
              sec='volunteer', emp='volunteer'),
        ]),
        ('list', 'Education', ['Certificate III in Plumbing, Riverina Institute, 2008 – 2011']),
    ]))

# ------------------------------------------------------------------ w028
R.append(dict(
    file='w028.md', fmt='md', layout='plain', order='orgfirst', dstyle='mon', sep=' – ', present='Present',
    md_style='h3', glyph='+', one_fmt='{title}, {org} ({d})',
    family='Canadian Armed Forces signaller and orderly-room clerk now an insurance-broker client service rep, Markdown with employer headings and roles beneath',
    lay='md, h3/orgfirst, mon / \'Present\'',
    name='Nicole Fontaine-Reid',
    contact=['Kingston, ON K7K 5Y3', '613-555-0186 | nicole.fr@example.ca'],
    blocks=[
        ('skills', 'Transferable Skills', [
            ('Client service', ['Sorted out pay and leave problems for members of a 600-person unit']),
            ('Attention to detail', ['Processed travel claims to Treasury Board rules with a 0.5% rejection rate']),
            ('Security clearance', ['Secret clearance held until 2024']),
        ]),
        ('exp', 'Civilian Experience', [
            E('Client Service Representative', 'Frontenac Insurance Brokers', 'Kingston, ON', '2025-04', 'present', 'facing',
              'contact_center', ['Handle phone and email policy changes, pink slips and billing questions for auto and home clients',
                                 'Refer renewals and claims to brokers']),
        ]),
        ('exp', 'Military Experience', [
            E('Orderly Room Clerk (Resource Management Support Clerk)', 'Canadian Armed Forces', 'CFB Kingston, ON', '2019-09',
              '2024-12', 'facing', 'internal_support',
              ['Front counter for unit members: pay, leave, relocation and claims questions',
               'Processed documents in the HR system'], emp='military'),
            E('Signal Operator', 'Canadian Armed Forces', 'CFB Kingston, ON', '2012-05', '2019-08', 'none', None,
              ['Set up and maintained radio and satellite links on exercises and one overseas deployment'], emp='military'),
        ]),
        ('exp', 'Volunteer & Early Work', [
            E('Drop-in Childcare Volunteer', 'Cataraqui Military Family Centre', 'Kingston, ON', '2021-01', '2024-12', 'facing',
              'volunteering', ['Ran playroom sessions so deployed members\u2019 partners could attend appointments'],
              sec='volunteer', emp='volunteer'),
            E('Cashier', 'Kinross Gas Bar', 'Belleville, ON', '2009', '2012', 'facing', 'in_person_service', one=True),
        ]),
        ('list', 'Education', ['Insurance Broker Level 1 (RIBO) – passed March 2025',
                               'Office Administration Certificate, Cataraqui College, 2018']),
    ]))

# ------------------------------------------------------------------ w029
R.append(dict(
    file='w029.pdf', fmt='fpdf', layout='centred', order='title_org', dstyle='mm/yyyy', sep=' – ', present='Present',
    font='DejaVu', glyph='●', hcase='upper', accent=(90, 40, 110), page_break_before='Earlier Employment',
    footer='Claire Ashworth – CV – Page {p}',
    family='UK accounts assistant returning after a ten-year family break with childminding in between, fpdf2 centred header, two pages with footer',
    lay='fpdf2, centred 2pp/title_org, mm/yyyy / \'Present\'',
    name='Claire Ashworth',
    contact=['Hebden Bridge, West Yorkshire HX7', '07700 900 426 · claire.ashworth@example.co.uk'],
    headline='Receptionist · Returner · Organised and friendly',
    blocks=[
        ('text', 'Personal Profile', ['After ten years bringing up my children (five of them as a registered childminder) '
                                      'I returned to work in 2024 as a veterinary receptionist. I am now looking for a '
                                      'full-time customer service or reception role.']),
        ('skills', 'Skills Summary', [
            ('Customer care', ['Reassure worried pet owners on the phone and at the desk']),
            ('Numbers', ['Purchase ledger and bank reconciliations for a haulage firm with 90 vehicles']),
            ('Organisation', ['Ran a childminding business single-handed: contracts, invoices, Ofsted paperwork']),
        ]),
        ('exp', 'Recent Experience', [
            E('Receptionist (part-time)', 'Hollybank Veterinary Surgery', 'Todmorden', '2024-02', 'present', 'facing',
              'in_person_service', ['Book appointments, check in pets and take payments',
                                    'Answer a busy phone line and triage urgent calls to the nurse']),
            E('Registered Childminder (self-employed)', 'Little Acorns Childminding', 'Hebden Bridge', '2018-09', '2023-07',
              'facing', 'education', ['Cared for up to four children aged 1–5 in my home following the EYFS',
                                      'Daily handovers with parents'], emp='freelance'),
            E('Career break – family', None, None, '2014-07', '2018-08', 'none', None, [], emp='unknown'),
            E('Volunteer Reader', 'Hollins Lane Primary School', 'Hebden Bridge', '2019-09', '2023-07', 'facing', 'volunteering',
              ['Heard Year 2 children read twice a week'], sec='volunteer', emp='volunteer'),
        ]),
        ('exp', 'Earlier Employment', [
            E('Accounts Assistant', 'Pennine Haulage Ltd', 'Halifax', '2008-03', '2014-06', 'none', None,
              ['Purchase ledger, supplier statements and bank reconciliations', 'Month-end accruals in Sage 50']),
        ]),
        ('list', 'Education & Training', ['AAT Level 3 Diploma in Accounting, 2010',
                                          'Paediatric First Aid (12-hour), renewed 05/2022',
                                          'A levels: Business, English, Psychology — Calder High School, 2006']),
        ('list', 'References', ['Practice Manager, Hollybank Veterinary Surgery', 'Finance Manager, Pennine Haulage Ltd']),
    ]))

# ------------------------------------------------------------------ w030
R.append(dict(
    file='w030.docx', fmt='docx', layout='styles', order='title_at', dstyle='mon.', sep=' – ', present='Present',
    font='Times New Roman', size=11, hcase='upper',
    family='US Marine Corps field radio operator now an auto-insurance CSR after a waterpark season, Word heading styles, \'Title at Employer\' lines with abbreviated months',
    lay='docx, styles/title_at, mon. / \'Present\'',
    name='Mateo Alvarez',
    contact=['San Antonio, TX 78228 | (210) 555-0172 | mateo.alvarez@example.com'],
    blocks=[
        ('text', 'Summary', ['Marine Corps veteran (8 years) who likes structure, clear goals and helping people get what '
                             'they need. Licensed Texas P&C agent.']),
        ('skills', 'Military-to-Civilian Skills', [
            ('Clear communication', ['Relayed time-critical radio traffic word-perfect under pressure']),
            ('Teamwork', ['Trained junior Marines on radio set-up and troubleshooting']),
        ]),
        ('exp', 'Experience', [
            E('Customer Service Representative', 'Mission Trail Auto Insurance', 'San Antonio, TX', '2025-10', 'present',
              'facing', 'contact_center', ['Inbound calls on policy changes, ID cards and payments; bilingual queue']),
            E('Guest Services Associate (seasonal)', 'Bluebonnet Springs Waterpark', 'San Antonio, TX', '2025-05', '2025-09',
              'facing', 'in_person_service', ['Sold tickets and cabana rentals, answered guest questions, handled lost-and-found']),
            E('Field Radio Operator (0621)', 'U.S. Marine Corps', 'Camp Pendleton, CA', '2017-01', '2024-12', 'none', None,
              ['Installed and operated HF/VHF radio nets during field exercises and a deployment',
               'Maintained crypto equipment and radio logs'], emp='military'),
            E('Build Volunteer', 'Bexar Homebuilders Alliance', 'San Antonio, TX', '2025', '2025', 'affecting', None,
              ['Framing and drywall on Saturday builds of affordable homes'], sec='volunteer', emp='volunteer'),
            E('Lifeguard', 'Laredo Parks & Recreation', 'Laredo, TX', '2016-06', '2016-08', 'facing', 'other_facing',
              ['Pool lifeguard; enforced rules and gave first aid'], dt='Summer 2016'),
        ]),
        ('list', 'Education & Licenses', ['Texas General Lines Property & Casualty license, Aug. 2025',
                                          'Associate of Arts (in progress), Mission Hills Community College, 2025 – present',
                                          'Marine Corps Communications School, 2017']),
    ]))
