"""Résumé definitions w001–w015 (one dict per résumé; it renders the file and its gold line)."""
from lib import E, G

F, A, N = 'facing', 'affecting', 'none'
RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w001
R(file='w001.pdf', family='UK café worker, Canva-style PDF, left sidebar (profile, skills, languages), letter-spaced headings, "Title · Employer · City" lines with right-aligned dates',
  name='Niamh Okafor-Reid', headline='Shift supervisor · speciality coffee',
  contact=['☎ 07700 900 412', '✉ niamh.okreid@mailbox.example', 'Leeds LS6'],
  opt=dict(engine='rl', sidebar='left', side_fill=(236, 228, 218), head='spaced', fmt='dot', dates='right',
           glyph='•', contact_side=True, accent=(120, 72, 48), creator='Canva'),
  side=[('Profile', ['Calm under a Saturday queue. Latte art, stock rotation and training new starters.']),
        ('Skills', ['Espresso & brew bar', 'Cash handling', 'Rota planning', 'Food hygiene L2']),
        ('Languages', ['English (native)', 'Igbo (conversational)'])],
  sections=[
      ('jobs', 'Employment History', [
          E('Shift Supervisor', 'Blue Finch Coffee', 'Leeds', 'Apr. 2021 – Present', '2021-04', 'present', F, 'in_person_service',
            ['Run opening shifts for a team of five baristas', 'Deal with complaints and refunds at the counter',
             'Train new starters on the espresso bar and till']),
          E('Barista', 'Blue Finch Coffee', 'Leeds', 'Jan. 2019 – Mar. 2021', '2019-01', '2021-03', F, 'in_person_service',
            ['Served 300+ drinks on busy weekend shifts', 'Kept the pastry counter stocked and clean']),
          E('Roastery Packer', 'Kilnworks Roasters', 'Bradford', 'Jun. 2018 – Dec. 2018', '2018-06', '2018-12', A, None,
            ['Weighed, sealed and labelled bags for wholesale and web orders', 'Packed subscription boxes for courier collection']),
          E('Kitchen Porter', 'The Larder House', 'Leeds', 'Sep. 2017 – May 2018', '2017-09', '2018-05', A, None,
            ['Washed pots and kept the kitchen clean during service', 'Basic veg prep for the chefs']),
      ]),
      ('jobs', 'Volunteering', [
          E('Volunteer', 'Leeds Community Fridge', 'Leeds', '2020 – 2022', '2020', '2022', F, 'volunteering',
            ['Sorted donated food and checked dates', 'Handed out food to visitors at Saturday sessions'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Education', ['BTEC Level 3 Hospitality — Park Lane College, 2017']),
  ])

# ------------------------------------------------------------------ w002
R(file='w002.docx', family='US pharmacy technician, ATS-plain Word file with heading styles, real list bullets and tab-stop dates, "Volunteer & Community" section',
  name='Marisol T. Delgado', headline=None,
  contact=['Dayton, OH 45402', '(937) 555-0148', 'marisol.delgado@inbox.example'],
  opt=dict(docx='ats', fmt='comma', dates='tab', glyph='word'),
  sections=[
      ('text', 'Summary', 'PTCB-certified pharmacy technician with six years in retail and central-fill pharmacy.'),
      ('jobs', 'Work Experience', [
          E('Certified Pharmacy Technician', 'Riverbend Family Pharmacy', 'Dayton, OH', 'Sep 2020 - Current', '2020-09', 'present', F, 'healthcare_care',
            ['Fill and label prescriptions under pharmacist supervision',
             'Take refill requests from patients at the drop-off window and by phone',
             'Process insurance claims and resolve rejections']),
          E('Central Fill Pharmacy Technician', 'MedRoute Central Fill', 'Columbus, OH', 'Mar 2018 - Aug 2020', '2018-03', '2020-08', A, None,
            ['Filled 900+ mail-order prescriptions a shift on the automated line',
             'Verified NDC barcodes and packed orders for shipping']),
          E('Cashier', 'Buckeye Grocery Co.', 'Dayton, OH', 'Jun 2016 - Feb 2018', '2016-06', '2018-02', F, 'in_person_service',
            ['Ran register and self-checkout area', 'Bagged groceries and handled returns']),
      ]),
      ('jobs', 'Volunteer & Community', [
          E('Intake Volunteer', 'Gem City Food Pantry', 'Dayton, OH', '2015 - 2016', '2015', '2016', F, 'volunteering',
            ['Registered visiting families at the intake desk'], sec='volunteer', et='volunteer'),
          E('Assistant Coach (U10 girls)', 'Westside Youth Soccer League', 'Dayton, OH', 'Spring 2019', '2019-03', '2019-05', F, 'education',
            ['Ran Saturday practices and drills'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Certifications', ['PTCB Certified Pharmacy Technician (CPhT), 2018', 'CPR/BLS, 2024']),
      ('list', 'Education', ['Sinclair Community College — Pharmacy Technician Certificate, 2018']),
  ])

# ------------------------------------------------------------------ w003
R(file='w003.txt', family='Indian IT support CV pasted as plain text, pipe-separated title | employer | city, "2019/01 - 2021/03" dates',
  name='Rohan Vilas Kulkarni',
  contact=['Pune, Maharashtra | +91 98220 55013 | rohan.kulkarni@post.example'],
  opt=dict(txt='caps', fmt='pipe', glyph='-'),
  sections=[
      ('text', 'Profile', 'Desktop and end-user support engineer, 8+ years. ITIL v4 Foundation.'),
      ('jobs', 'Professional Experience', [
          E('IT Support Engineer', 'Sahyadri Auto Components Ltd', 'Pune', '2021/04 - till now', '2021-04', 'present', F, 'internal_support',
            ['Resolve laptop, VPN and Outlook tickets raised by 600 plant and office employees',
             'Set up new joiners\' accounts and machines', 'Walk staff through MFA enrolment at their desks']),
          E('Junior System Administrator', 'Nexora Infotech Pvt Ltd', 'Pune', '2019/01 - 2021/03', '2019-01', '2021-03', N, None,
            ['Patched and monitored 140 Windows and Linux servers', 'Maintained backups and AD group policies']),
          E('Service Desk Analyst (L1)', 'Nexora Infotech Pvt Ltd', 'Pune', '2017/07 - 2018/12', '2017-07', '2018-12', F, 'contact_center',
            ['Answered calls from a UK retailer\'s store staff about till and handheld faults', 'Logged and routed tickets in ServiceNow']),
          E('Hardware & Networking Trainee', 'Vidya Computer Institute', 'Pune', '2016/12 - 2017/05', '2016-12', '2017-05', N, None,
            ['Assembled PCs and crimped cables for the institute lab'], et='internship'),
      ]),
      ('jobs', 'Extra-curricular', [
          E('NSS Volunteer', 'Deccan Arts & Science College NSS Unit', 'Baramati', '2014 - 2016', '2014', '2016', F, 'education',
            ['Ran basic computer classes for women in two villages'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Education', ['B.Sc. Computer Science, Deccan Arts & Science College, 2016']),
  ])

# ------------------------------------------------------------------ w004
R(file='w004.md', family='Dutch community manager, Markdown with "Title – Employer" h3 and italic place/date lines, European "01.2019–03.2021" dates',
  name='Femke van Dijkhuizen', headline='Community & social care for consumer brands',
  contact=['Utrecht, NL', '✉ femke.vd@postvak.example', 'linkedin.com/in/femke-vdijk'],
  opt=dict(md='h3', fmt='dash', glyph='*'),
  sections=[
      ('jobs', 'Experience', [
          E('Community Manager', 'Fietsly', 'Utrecht', '05.2022–now', '2022-05', 'present', F, 'digital_service',
            ['Answer customer DMs and comments on Instagram, Facebook and TikTok, usually within 2 hours',
             'Escalate repair and billing issues to the service team', 'Plan the content calendar with marketing']),
          E('Social Media Content Creator', 'Studio Paprika', 'Amsterdam', '01.2020–04.2022', '2020-01', '2022-04', A, None,
            ['Drafted posts and reels for clients\' channels', 'Reported monthly reach to account managers']),
          E('Customer Service Agent (Dutch/English)', 'PakketPunt B.V.', 'Utrecht', '09.2018–12.2019', '2018-09', '2019-12', F, 'contact_center',
            ['Phone and email about lost and delayed parcels', 'Booked redeliveries and raised claims']),
          E('Research Assistant', 'Hogeschool Domstad, Media Studies', 'Utrecht', '02.2019–06.2019', '2019-02', '2019-06', N, None,
            ['Coded 3,000 tweets for a study on brand complaints'], sec='other'),
          E('Sales Assistant (weekends)', 'De Boekenkast', 'Utrecht', '2015–2018', '2015', '2018', F, 'in_person_service',
            ['Till, gift wrapping and book recommendations']),
      ]),
      ('list', 'Education', ['BA Communication & Media, Hogeschool Domstad (2020)']),
      ('list', 'Tools', ['Sprout Social', 'Zendesk', 'Canva', 'Meta Business Suite']),
  ])

# ------------------------------------------------------------------ w005
R(file='w005.pdf', family='Canadian customer-success profile, LinkedIn "Save to PDF"-like export: grey contact sidebar, employer first, durations in brackets, two roles under one employer',
  name='Priya Raghunathan', headline='Customer Success Manager at Parcelwise | SaaS onboarding & retention',
  contact=['priya.raghu@mailcan.example', 'www.linkedin.com/in/priyaraghu (LinkedIn)'],
  opt=dict(engine='rl', sidebar='left', side_fill=(238, 238, 238), head='plain', linkedin=True, contact_side=True,
           accent=(0, 0, 0), side_w=170, meta_title='Resume', creator='LinkedIn'),
  side=[('Top Skills', ['Customer Onboarding', 'Zendesk', 'Account Management']),
        ('Languages', ['English (Native or Bilingual)', 'Tamil (Professional Working)']),
        ('Certifications', ['Certified Customer Success Manager (CCSM) Level 1'])],
  sections=[
      ('text', 'Summary', 'I help mid-market shippers get value from our platform, from kickoff call to renewal. Before SaaS I ran event logistics.'),
      ('jobs', 'Experience', [
          G('Parcelwise', None, [
              E('Customer Success Manager', 'Parcelwise', 'Toronto, Ontario, Canada', 'March 2023 - Present (3 years 9 months)', '2023-03', 'present', F, 'sales_account',
                ['Own onboarding and quarterly business reviews for 45 mid-market accounts.', 'Lead renewal conversations with customers\' operations leads.']),
              E('Support Team Lead', 'Parcelwise', 'Toronto, Ontario, Canada', 'June 2021 - February 2023 (1 year 9 months)', '2021-06', '2023-02', F, 'digital_service',
                ['Led a team of 8 handling chat and email support and took escalated customer calls.']),
          ], span='5 years 6 months'),
          E('Technical Support Specialist', 'Maplegrid Software', 'Toronto, Ontario, Canada', 'August 2019 - May 2021 (1 year 10 months)', '2019-08', '2021-05', F, 'digital_service',
            ['Troubleshot API integrations with customers over tickets and Zoom.']),
          E('Operations Coordinator', 'Harbourline Events', 'Mississauga, Ontario, Canada', 'May 2017 - July 2019 (2 years 3 months)', '2017-05', '2019-07', A, None,
            ['Booked venues and suppliers, tracked budgets and wrote run-of-show documents for corporate events.']),
          E('Camp Counsellor', 'Camp Birchwater', 'Huntsville, Ontario, Canada', 'July 2016 - August 2016 (2 months)', '2016-07', '2016-08', F, 'education',
            ['Led canoeing and crafts for a cabin of ten 9-year-olds.']),
      ]),
      ('list', 'Education', ['University of Lakeshore — Bachelor of Commerce (2013 - 2017)']),
  ])

# ------------------------------------------------------------------ w006
R(file='w006.pdf', family='German ICU nurse, 2-page PDF with running header and page footer, left date column ("since 04/2021", "10/2016 – 03/2021")',
  name='Katrin Vossberg', headline='Registered Nurse (Gesundheits- und Krankenpflegerin) · Intensive care',
  contact=['E-Mail: k.vossberg@elbpost.example', 'Tel. +49 40 5550 1182', 'Hamburg-Ottensen'],
  opt=dict(engine='rl', sidebar=None, head='rule', dates='left', date_w=100, glyph='–', font='serif', accent=(40, 40, 40),
           runhead='Katrin Vossberg · Curriculum Vitae', pagefoot='Page {n} of 2', creator='Microsoft® Word for Microsoft 365'),
  sections=[
      ('text', 'Profile', 'Intensive care nurse with ten years on wards and ICU, specialised in ventilated patients and family communication. Recognised in Germany and registered with the NMC (UK) in 2024.'),
      ('jobs', 'Professional Experience', [
          E('Registered Nurse, Intensive Care', 'Elbklinik Altona', 'Hamburg', 'since 04/2021', '2021-04', 'present', F, 'healthcare_care',
            ['Care for two ventilated patients per shift, including positioning, lines and sedation scoring',
             'Brief relatives at the bedside and on the phone together with the doctor on duty',
             'Practice instructor for second-year trainees on the unit',
             'Member of the ward\'s delirium-prevention working group']),
          E('Registered Nurse, Geriatric Ward', 'Klinikum Süderelbe', 'Hamburg', '10/2016 – 03/2021', '2016-10', '2021-03', F, 'healthcare_care',
            ['Basic and treatment care for up to 12 patients per shift',
             'Discharge planning with patients, families and social services',
             'Wound documentation and medication rounds']),
          E('Nursing Trainee (3-year apprenticeship)', 'Pflegeschule am Stadtpark', 'Hamburg', '10/2013 – 09/2016', '2013-10', '2016-09', F, 'healthcare_care',
            ['Placements on surgery, paediatrics and home care', 'State examination with grade 1.7']),
          E('Care for a family member', None, 'Pinneberg', '01/2012 – 07/2012', '2012-01', '2012-07', N, None,
            ['Looked after my grandmother at home after her stroke'], et='unknown'),
      ]),
      ('break', None, None),
      ('jobs', 'Voluntary Service', [
          E('Voluntary Social Year, Ambulance Service', 'Rettungswache Nord, Kreis Pinneberg', 'Pinneberg', '08/2012 – 07/2013', '2012-08', '2013-07', F, 'healthcare_care',
            ['Second crew member on patient transport ambulances', 'Helped patients in and out of vehicles and wards'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Education and Further Training', [
          '2022  Specialist training in intensive care and anaesthesia (ongoing, 2 years part-time)',
          '2016  State examination in nursing',
          '2012  Abitur, Johannes-Brahms-Gymnasium Pinneberg']),
      ('list', 'Languages', ['German (native)', 'English (C1, IELTS 7.5)', 'Polish (basic)']),
      ('list', 'IT', ['COPRA, Orbis, MS Office']),
      ('text', 'Interests', 'Rowing, choir, allotment gardening.'),
  ])

# ------------------------------------------------------------------ w007
R(file='w007.docx', family='Kenyan chef CV built as a Word layout table (dates left cell, role and duties right cell), two roles at one lodge, "2021 — now" dates',
  name='Wanjiru Kamau-Otieno', headline='Head Chef | Safari lodges & events',
  contact=['Naivasha, Kenya', '+254 722 555 019', 'wanjiru.chef@postbox.example'],
  opt=dict(docx='table', fmt='title_org2', glyph='•', dhead='caps', table_style=None),
  sections=[
      ('text', 'Profile', 'Chef with eleven years in lodges and grills; East African and continental menus; HACCP trained.'),
      ('jobs', 'Work History', [
          G('Acacia Grove Lodge', 'Naivasha', [
              E('Head Chef', 'Acacia Grove Lodge', 'Naivasha', '2021 — now', '2021', 'present', F, 'in_person_service',
                ['Run a kitchen brigade of 9 and all menus for 60 guests',
                 'Host wedding menu tastings with couples and talk guests through the tasting menu at the chef\'s table',
                 'Food costing and supplier orders']),
              E('Sous Chef', 'Acacia Grove Lodge', 'Naivasha', '2018 — 2020', '2018', '2020', A, None,
                ['Ran the pass during dinner service', 'Ordered dry stores and trained commis chefs']),
          ]),
          E('Line Cook', 'The Jacaranda Grill', 'Nairobi', '2015 — 2018', '2015', '2018', A, None,
            ['Grill and sauce station for 250 covers a night']),
          E('Commis Chef (industrial attachment)', 'Savannah Crest Hotel', 'Mombasa', 'May 2014 — Aug 2014', '2014-05', '2014-08', A, None,
            ['Cold kitchen and breakfast prep'], et='internship'),
      ]),
      ('jobs', 'Community', [
          E('Catering Volunteer', "St. Monica's Children's Home", 'Nairobi', '2016 — 2019', '2016', '2019', F, 'volunteering',
            ['Cooked and served Saturday lunch for 60 children'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Education', ['Diploma in Food Production — Rift Valley Hospitality College, 2014']),
  ])

# ------------------------------------------------------------------ w008
R(file='w008.md', family='Australian uni student, Markdown with bold employer and italic title lines, casual jobs, clubs and a summer research placement (southern summer)',
  name='Jayden Nguyen-Harris', headline='Second-year BSc (Geology) student looking for casual work',
  contact=['Brisbane QLD', '0412 555 987', 'jayden.nh@unimail.example'],
  opt=dict(md='bold', glyph='-'),
  sections=[
      ('jobs', 'Work', [
          E('Casual Swim Instructor', 'Riverside Aquatic Centre', 'Brisbane', 'Mar 2024 – Present', '2024-03', 'present', F, 'education',
            ['Teach Learn-to-Swim classes for 4–8 year olds', 'Chat to parents about progress after lessons']),
          E('Crew Member', 'Sunny Bun Burgers', 'Indooroopilly', 'Feb 2023 – Feb 2024', '2023-02', '2024-02', F, 'in_person_service',
            ['Front counter and drive-thru window', 'Closing clean-down']),
      ]),
      ('jobs', 'Uni & Clubs', [
          E('Summer Research Assistant', 'Moreton Bay University, School of Earth Sciences', 'Brisbane', 'Summer 2024–25', '2024-12', '2025-02', N, None,
            ['Cut and polished thin sections', 'Logged core samples in the lab database'], sec='other', et='internship'),
          E('Peer Mentor', 'Moreton Bay University Student Hub', 'Brisbane', 'Semester 1, 2025', '2025-02', '2025-06', F, 'education',
            ['Weekly drop-in help for first-years on timetables and study skills'], sec='other', et='volunteer'),
          E('Treasurer', 'MBU Hiking Club', 'Brisbane', '2024 – Present', '2024', 'present', N, None,
            ['Club budget, reimbursements and grant acquittals'], sec='other', et='volunteer'),
      ]),
      ('list', 'Education', ['Bachelor of Science (Geology), Moreton Bay University, 2024 – 2026 (expected)']),
      ('list', 'Certificates', ['AUSTSWIM Teacher of Swimming and Water Safety', 'First Aid & CPR (2025)']),
  ])

# ------------------------------------------------------------------ w009
R(file='w009.pdf', family='Irish auditor turned primary teacher (career changer), Google-Docs-style single column, prose paragraphs instead of bullets, "Career" heading',
  name='Aoife Ní Bhriain', headline='Primary teacher (Teaching Council registered) · former chartered accountant',
  contact=['Cork', '087 555 2291', 'aoife.nibhriain@posta.example'],
  opt=dict(engine='fpdf', sidebar=None, head='rule', fmt='title_org2', dates='right', glyph='prose', font='serif',
           accent=(25, 80, 70), creator='Google Docs'),
  sections=[
      ('text', 'About me', 'I moved from audit to the classroom in 2021 after years of volunteering at a homework club. I bring organisation and calm to a junior classroom.'),
      ('jobs', 'Career', [
          E('Primary Teacher', 'Scoil Chlann Uí Néill', 'Cork', 'September 2023 – present', '2023-09', 'present', F, 'education',
            ['I teach a mixed second and third class of 27 children.', 'I meet parents at termly meetings and lead the school\'s maths week.']),
          E('Substitute Teacher', 'Cork & Kerry Substitute Panel', 'Cork', 'January 2022 – June 2023', '2022-01', '2023-06', F, 'education',
            ['Day-to-day and short-term cover in nine primary schools while completing the PME.']),
          E('Audit Senior', 'Brennan Lyle & Co.', 'Cork', '2016 – 2021', '2016', '2021', F, 'other_facing',
            ['Led audit fieldwork at client premises for manufacturing and charity clients.', 'Agreed adjustments with client finance teams and presented findings to their boards.']),
          E('Accounts Assistant', 'Brennan Lyle & Co.', 'Cork', '2014 – 2016', '2014', '2016', A, None,
            ['Kept the books and prepared VAT returns for 40 small-business clients from the records they posted in.', 'Prepared year-end files for the audit team.']),
      ]),
      ('jobs', 'Volunteering', [
          E('Homework Club Tutor', 'Blackpool Homework Club', 'Cork', '2019 – 2021', '2019', '2021', F, 'education',
            ['Two evenings a week helping children aged 8–12 with homework and reading.'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Education', ['Professional Master of Education (Primary), 2023', 'Chartered Accountant (ACA), 2017', 'B.Comm., 2014']),
  ])

# ------------------------------------------------------------------ w010
R(file='w010.docx', family='US Army veteran in logistics, Word tab-stop dates, three Army roles under one employer heading, volunteer driver',
  name='Darnell K. Whitfield', headline='Operations Supervisor | U.S. Army Veteran',
  contact=['San Antonio, TX', '(210) 555-0193', 'dk.whitfield@vetmail.example'],
  opt=dict(docx='ats', fmt='comma', dates='tab', glyph='•', dhead='caps', docx_footer='References available on request'),
  sections=[
      ('text', 'Summary', 'Ten years of military and civilian logistics leadership; Secret clearance (inactive).'),
      ('jobs', 'Professional Experience', [
          E('Operations Supervisor', 'Trinity Freight Logistics', 'San Antonio, TX', '08/2021 – Present', '2021-08', 'present', A, None,
            ['Supervise 22 warehouse associates across two shifts', 'Own labor budget and overtime', 'Coordinate inbound appointments with carriers']),
          G('U.S. Army', 'Fort Hollis, TX', [
              E('Army Recruiter (Staff Sergeant)', 'U.S. Army', 'San Antonio, TX', '06/2018 – 07/2021', '2018-06', '2021-07', F, 'other_facing',
                ['Met high-school students and parents at home visits and career fairs', 'Ran information sessions and processed applicants'], et='military'),
              E('Squad Leader (Sergeant)', 'U.S. Army', 'Fort Hollis, TX', '02/2016 – 05/2018', '2016-02', '2018-05', N, None,
                ['Led, trained and counselled 9 soldiers', 'Accountable for $1.2M of vehicles and equipment'], et='military'),
              E('Motor Transport Operator (88M)', 'U.S. Army', 'Fort Hollis, TX', '01/2013 – 01/2016', '2013-01', '2016-01', A, None,
                ['Drove supply convoys to forward units', 'Daily vehicle checks and load plans'], et='military'),
          ]),
          E('Machine Operator', 'Alamo Plastics Inc.', 'San Antonio, TX', '06/2011 – 12/2012', '2011-06', '2012-12', N, None,
            ['Ran two injection-moulding presses on nights', 'First-off checks and scrap logs']),
      ]),
      ('jobs', 'Volunteer', [
          E('Volunteer Driver', 'Bexar Veterans Ride Program', 'San Antonio, TX', '2019 – Present', '2019', 'present', F, 'volunteering',
            ['Drive older veterans to VA appointments and wait with them'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Education', ['B.S. Supply Chain Management (online), 2021']),
  ])

# ------------------------------------------------------------------ w011
R(file='w011.pdf', family='Spanish hotel front office CV, right sidebar, small-caps headings, "TITLE — Employer" lines with dates beneath, season and single-month entries',
  name='Laia Puigdomènech Soler', headline='Front office · 4 languages',
  contact=['☎ +34 655 555 310', '✉ laia.puigsoler@correu.example', 'Barcelona'],
  opt=dict(engine='rl', sidebar='right', side_fill=(225, 236, 240), head='smallcaps', fmt='dash_caps', dates='below',
           glyph='▪', contact_side=True, accent=(20, 90, 120), creator='Canva'),
  side=[('Languages', ['Catalan, Spanish — native', 'English — C1', 'French — B2']),
        ('Systems', ['Opera PMS', 'SiteMinder', 'Excel']),
        ('Certifications', ['Tourism Technician (CFGS), 2015'])],
  sections=[
      ('jobs', 'Experience', [
          E('Front Office Supervisor', 'Hotel Mirador del Port', 'Barcelona', 'Sep 2020 - Current', '2020-09', 'present', F, 'in_person_service',
            ['Supervise 7 receptionists and concierge staff', 'Handle guest complaints and upgrades at the desk']),
          E('Night Auditor', 'Hotel Mirador del Port', 'Barcelona', 'Mar 2018 - Aug 2020', '2018-03', '2020-08', A, None,
            ['Balanced folios and ran end-of-day reports', 'Audited rate codes and city-tax postings in the back office']),
          E('Reservations Agent', 'Costa Brava Holidays SL', 'Girona', 'Jun 2016 - Feb 2018', '2016-06', '2018-02', F, 'contact_center',
            ['Phone and email bookings in four languages']),
          E('Housekeeping Attendant (seasonal)', 'Aparthotel Cala Blava', 'Lloret de Mar', 'Summer 2015', '2015-06', '2015-08', A, None,
            ['Cleaned and reset 14 apartments a shift after check-out']),
      ]),
      ('jobs', 'Volunteering', [
          E('Info Point Volunteer', 'Festa Major del Barri de Gràcia', 'Barcelona', 'Aug 2019', '2019-08', '2019-08', F, 'volunteering',
            ['Gave visitors maps and directions during festival week'], sec='volunteer', et='volunteer'),
      ]),
  ])

# ------------------------------------------------------------------ w012
R(file='w012.txt', family='UK driver CV in plain text, dashed section rules, "\u201919 \u2013 \u201921" apostrophe years, drivers with and without customer hand-over',
  name='Gary Pilkington',
  contact=['Salford M6', 'Mob: 07700 900 771', 'gazpilk@postmail.example', 'Full C1/C licence, CPC, digi card'],
  opt=dict(txt='dashes', fmt='comma', glyph='*'),
  sections=[
      ('text', 'About', 'Reliable driver, 10 years no points. Happy with nights and multi-drop.'),
      ('jobs', 'Work history', [
          E('Multi-drop Delivery Driver', 'Swiftlane Parcels', 'Manchester', '\u201922 \u2013 now', '2022', 'present', F, 'in_person_service',
            ['120+ parcels a day', 'Signatures and ID checks at the door for age-restricted items', 'Van checks and route app']),
          E('Trunking Driver (Class 2)', 'Pennine Haulage Ltd', 'Oldham', '\u201919 \u2013 \u201922', '2019', '2022', A, None,
            ['Night runs between depots, no customer deliveries', 'Load securing and tachograph records']),
          E('Van Driver', 'Northway Bakeries', 'Rochdale', '\u201917 \u2013 \u201919', '2017', '2019', A, None,
            ['Dropped bread to 30 shops before opening using key-holder drops']),
          E('Warehouse Picker', 'Moorgate Fulfilment', 'Trafford Park', '\u201915 \u2013 \u201917', '2015', '2017', A, None,
            ['Picked and packed online orders with RF scanner', 'Hit 110% of pick rate']),
      ]),
      ('jobs', 'Volunteering', [
          E('Volunteer Driver', 'Salford Community Food Bank', 'Salford', '2020 \u2013 2021', '2020', '2021', F, 'volunteering',
            ['Delivered food parcels to housebound clients during lockdown and checked they were OK'], sec='volunteer', et='volunteer'),
      ]),
  ])

# ------------------------------------------------------------------ w013
R(file='w013.pdf', family='Polish bookkeeper, fpdf2 two-column with right sidebar, "Professional Background" heading, "01.2019–03.2021" dates in a left column',
  name='Agnieszka Wróblewska', headline='Senior bookkeeper · small-business clients',
  contact=['Kraków', '+48 600 555 214', 'a.wroblewska@poczta.example'],
  opt=dict(engine='fpdf', sidebar='right', side_fill=(242, 238, 230), head='spaced', fmt='comma', dates='left', date_w=92,
           glyph='•', contact_side=True, accent=(110, 60, 30), creator='Microsoft Word'),
  side=[('Skills', ['Comarch ERP Optima', 'Symfonia', 'VAT, CIT, JPK files', 'Excel (pivot, XLOOKUP)']),
        ('Languages', ['Polish — native', 'English — B2']),
        ('Certificates', ['Ministry of Finance bookkeeping certificate (2019)'])],
  sections=[
      ('jobs', 'Professional Background', [
          E('Senior Bookkeeper', 'Ledgerline Accounting Sp. z o.o.', 'Kraków', '04.2021–present', '2021-04', 'present', F, 'other_facing',
            ['Keep books for 35 small-business clients', 'Meet new clients to onboard them and explain what documents we need each month',
             'Answer clients\' VAT questions by phone']),
          E('Bookkeeper', 'Ledgerline Accounting Sp. z o.o.', 'Kraków', '09.2018–03.2021', '2018-09', '2021-03', A, None,
            ['Posted invoices and bank statements for client companies', 'Monthly reconciliations and JPK files']),
          E('Accounts Payable Clerk', 'Wawel Foods S.A.', 'Kraków', '01.2016–08.2018', '2016-01', '2018-08', N, None,
            ['Three-way matching and payment runs for 400 suppliers']),
          E('Shop Assistant (weekends)', 'Papiernik Stationery', 'Kraków', '2013–2015', '2013', '2015', F, 'in_person_service',
            ['Till, restocking and back-to-school displays']),
      ]),
      ('jobs', 'Other', [
          E('Volunteer Treasurer', 'Kraków Podgórze Chess Club', 'Kraków', '2019–present', '2019', 'present', N, None,
            ['Membership fees, annual accounts'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Education', ['MA Finance and Accounting, 2016']),
  ])

# ------------------------------------------------------------------ w014
R(file='w014.docx', family='South African retail CV, name and contact in the Word page header, tab-stop dates, store manager with only budget duties, "March 2019 to date"',
  name='Thandeka Mokoena',
  contact=['Cape Town', '082 555 7734', 'thandeka.m@webpost.example'],
  opt=dict(docx='ats', docx_header=True, fmt='title_org2', dates='tab', glyph='•', dhead='caps'),
  sections=[
      ('text', 'Career Summary', 'Retail manager with 15 years in home and furniture retail.'),
      ('jobs', 'Career History', [
          E('Store Manager', 'Fynbos Home & Living', 'Cape Town', 'March 2019 to date', '2019-03', 'present', N, None,
            ['Own the store P&L and annual budget', 'Rosters and payroll inputs for 14 staff', 'Stock-loss controls and quarterly audits']),
          E('Assistant Store Manager', 'Fynbos Home & Living', 'Cape Town', '2015 – 2018', '2015', '2018', F, 'in_person_service',
            ['Handled customer escalations and refunds on the floor', 'Opened and closed the store']),
          E('Sales Consultant', 'Kloof Street Furnishers', 'Cape Town', '2012 – 2014', '2012', '2014', F, 'sales_account',
            ['Sold lounge and dining suites on commission', 'Followed up quotes with customers by phone']),
          E('Merchandiser (contract)', 'Cape Shelf Solutions', 'Cape Town', '2010 – 2012', '2010', '2012', A, None,
            ['Built displays and maintained planograms in 12 supermarkets']),
      ]),
      ('jobs', 'Community', [
          E('Mentor', 'Khayelitsha Youth Retail Skills Programme', 'Cape Town', 'March 2021 to date', '2021-03', 'present', F, 'education',
            ['Monthly coaching sessions with school leavers entering retail'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Qualifications', ['National Diploma: Retail Business Management, 2010']),
  ])

# ------------------------------------------------------------------ w015
R(file='w015.md', family='New Zealand marketer and photographer, Markdown "Title at Employer" h3 lines, "Freelance / Side projects" section, "2018 — now" dates',
  name='Mereana Tūhoe-Clarke', headline='Marketing coordinator · wedding photographer',
  contact=['Wellington', '021 555 0456', 'mereana@arohalens.example'],
  opt=dict(md='h3', fmt='at', glyph='-'),
  sections=[
      ('jobs', 'Experience', [
          E('Marketing Coordinator', 'Kōwhai Outdoor Gear', 'Wellington', 'Feb 2021 — now', '2021-02', 'present', A, None,
            ['Brief designers and schedule email campaigns', 'Write product copy for the web store']),
          E('Retail Assistant', 'Kōwhai Outdoor Gear', 'Wellington', '2018 — 2021', '2018', '2021', F, 'in_person_service',
            ['Fitted hiking boots and advised customers on gear for multi-day tramps']),
      ]),
      ('jobs', 'Freelance / Side projects', [
          E('Wedding & Portrait Photographer', 'Aroha Lens Photography', 'Wellington', '2019 — now', '2019', 'present', F, 'entrepreneurial_freelance',
            ['Meet couples before the day to plan shot lists and timings', 'Edit and deliver online galleries'], et='freelance'),
          E('Stock Photo Contributor', 'Shutterfold', None, '2020 — 2023', '2020', '2023', N, None,
            ['Uploaded and keyworded 1,200 landscape images'], et='freelance'),
          E('Volunteer Photographer', 'Island Bay Saturday Run', 'Wellington', '2022 — now', '2022', 'present', A, None,
            ['Photograph runners most weeks and upload the albums the same evening'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Education', ['BCom (Marketing), Te Whanganui Institute, 2018']),
  ])
