"""Résumé definitions w016–w030."""
from lib import E, G

F, A, N = 'facing', 'affecting', 'none'
RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w016
R(file='w016.pdf', family='Vietnamese English teacher, Canva-style dark left sidebar, letter-spaced headings, dates in a left column, freelance online tutoring',
  name='Trần Thị Minh Anh', headline='English teacher · IELTS & young learners',
  contact=['☎ +84 90 555 1274', '✉ minhanh.tran@thu.example', 'District 3, Ho Chi Minh City'],
  opt=dict(engine='rl', sidebar='left', side_fill=(38, 52, 74), side_text=(235, 235, 240), head='spaced', fmt='comma',
           dates='left', date_w=98, glyph='✓', contact_side=True, accent=(38, 52, 74), creator='Canva'),
  side=[('About me', ['CELTA-qualified teacher who loves phonics games and exam strategy in equal measure.']),
        ('Skills', ['Lesson planning', 'IELTS speaking coaching', 'Google Classroom', 'Parent communication']),
        ('Languages', ['Vietnamese — native', 'English — C2']),
        ('Certifications', ['CELTA (2021)', 'IELTS 8.0'])],
  sections=[
      ('jobs', 'Work Experience', [
          E('English Teacher', 'Saigon Lotus Language Centre', 'Ho Chi Minh City', 'Sep 2021 – Present', '2021-09', 'present', F, 'education',
            ['Teach 6 classes of young learners and two IELTS groups', 'Send parents fortnightly progress notes and meet them each term']),
          E('Online Tutor', 'TutorBridge', 'remote', 'Mar 2020 – Aug 2021', '2020-03', '2021-08', F, 'education',
            ['One-to-one speaking lessons for adult learners on video'], et='freelance'),
          E('Customer Service Executive', 'Mekong Mobile', 'Ho Chi Minh City', 'Jul 2018 – Feb 2020', '2018-07', '2020-02', F, 'contact_center',
            ['Inbound calls on SIM registration, top-ups and data plans']),
          E('Part-time Translator', 'Bến Thành Translation Co.', 'Ho Chi Minh City', '2017 – 2018', '2017', '2018', A, None,
            ['Translated product manuals and contracts from English to Vietnamese']),
          E('Data Labeller (remote)', 'LabelNest', 'remote', '2019 – 2020', '2019', '2020', N, None,
            ['Drew bounding boxes on street images for a self-driving dataset'], et='freelance'),
      ]),
      ('jobs', 'Volunteering', [
          E('Organiser', 'Green Saigon Clean-up Club', 'Ho Chi Minh City', '2016 – 2019', '2016', '2019', N, None,
            ['Planned monthly canal-side litter picks and recruited volunteers online'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Education', ['BA English Language, 2018']),
  ])

# ------------------------------------------------------------------ w017
R(file='w017.docx', family='Indian fulfilment CV, Word two-column layout table with shaded sidebar, "Sep 2020 - Current" dates, picker to shift lead, volunteer community kitchen',
  name='Manjunath Gowda', headline='Fulfilment shift lead · quick commerce',
  contact=['Bengaluru 560004', '+91 99005 55871', 'manju.gowda@mailin.example'],
  opt=dict(docx='sidebar', fmt='dash', dates='below', glyph='•', side_hex='E8EEDF'),
  side=[('Skills', ['WMS / RF scanning', 'Shift rosters', 'Stock audits', 'Two-wheeler licence']),
        ('Languages', ['Kannada', 'Hindi', 'English', 'Tamil (spoken)'])],
  sections=[
      ('jobs', 'Experience', [
          E('Shift Lead – Fulfilment', 'Kaveri Quick Commerce', 'Bengaluru', 'Sep 2020 - Current', '2020-09', 'present', A, None,
            ['Lead 18 pickers across the night shift at a dark store', 'Track pick rate and order accuracy', 'Resolve stock discrepancies with inventory team']),
          E('Picker / Packer', 'Kaveri Quick Commerce', 'Bengaluru', 'Jan 2019 - Aug 2020', '2019-01', '2020-08', A, None,
            ['Picked grocery orders within 2-minute target', 'Packed chilled items in insulated bags']),
          E('Delivery Executive', 'Namma Tiffin Services', 'Bengaluru', 'Jun 2017 - Dec 2018', '2017-06', '2018-12', F, 'in_person_service',
            ['Delivered lunch boxes to 40 office customers daily', 'Collected monthly payments from customers in person']),
          E('Store Helper', 'Sri Lakshmi Provisions', 'Mysuru', '2014 - 2017', '2014', '2017', F, 'in_person_service',
            ['Billing counter', 'Took home-delivery orders over the phone']),
      ]),
      ('jobs', 'Volunteer', [
          E('Kitchen Volunteer', 'Basavanagudi Community Kitchen', 'Bengaluru', '2019 - Current', '2019', 'present', A, None,
            ['Chop vegetables and cook rice for 400 Sunday meals; kitchen team only'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Education', ['PUC (Commerce), 2014']),
  ])

# ------------------------------------------------------------------ w018
R(file='w018.pdf', family='French bank adviser turned UX designer (career changer), fpdf2 single column, "Professional Background" heading, ▪ bullets, au pair year',
  name='Camille Rousseau-Benali', headline='Junior UX/UI designer — ex-banking, career changer',
  contact=['Lyon, France', '+33 6 55 55 18 42', 'camille.rb@courriel.example', 'camillerb.design (portfolio)'],
  opt=dict(engine='fpdf', sidebar=None, head='smallcaps', fmt='dash', dates='right', glyph='▪', accent=(150, 40, 90), creator='Microsoft Word'),
  sections=[
      ('text', 'Profile', 'After six years in retail banking I retrained in UX (12-week bootcamp, 2023). I design from real customer problems.'),
      ('jobs', 'Professional Background', [
          E('Junior UX Designer', 'Pixelmoulin', 'Lyon', 'Jan 2024 – Present', '2024-01', 'present', A, None,
            ['Redesigned the checkout flow of a client\'s e-shop (+8% conversion)', 'Ran remote usability tests with 12 users and wrote up findings']),
          E('Customer Adviser', 'Crédit Fourvière', 'Lyon', 'Oct 2018 – Dec 2022', '2018-10', '2022-12', F, 'in_person_service',
            ['Met walk-in customers to open accounts and sort out card problems', 'Managed a portfolio of 300 personal customers']),
          E('Payments Back-Office Assistant', 'Crédit Fourvière', 'Villeurbanne', 'Sep 2016 – Sep 2018', '2016-09', '2018-09', A, None,
            ['Processed SEPA transfers and investigated rejected payments']),
          E('Au Pair', None, 'Edinburgh', '2015 – 2016', '2015', '2016', F, 'other_facing',
            ['Looked after two children (4 and 7): school runs, meals, homework']),
          E('Data Entry Temp', 'Intérim Rhône Services', 'Lyon', 'Summer 2014', '2014-06', '2014-08', N, None,
            ['Keyed supplier invoices for an insurance firm']),
      ]),
      ('list', 'Education', ['UX/UI Design bootcamp certificate, 2023', 'Licence in Economics, Université Rhône-Saône, 2016']),
      ('list', 'Tools', ['Figma, Maze, Notion, Miro']),
  ])

# ------------------------------------------------------------------ w019
R(file='w019.txt', family='Jamaican-born care worker in Birmingham, plain text with dates first in a left column, "since 2021", a period caring for a parent, food bank sorting',
  name='Beverley A. Campbell',
  contact=['Birmingham B11', 'Tel 07700 900 155', 'bev.campbell@ukpost.example'],
  opt=dict(txt='datesfirst', fmt='comma', glyph='•'),
  sections=[
      ('text', 'Personal statement', 'Caring and patient senior carer, NVQ Level 3 in Health & Social Care.'),
      ('jobs', 'Employment', [
          E('Senior Care Assistant', 'Hollybank Care Home', 'Birmingham', 'since 2021', '2021', 'present', F, 'healthcare_care',
            ['Personal care and medication rounds for 18 residents', 'Handover to nurses and updates to families']),
          E('Home Care Aide', 'BrightPath Homecare', 'Birmingham', '2020 – 2021', '2020', '2021', F, 'healthcare_care',
            ['Visited clients in their own homes for washing, dressing and meals']),
          E('Full-time carer for my mother', None, 'Kingston, Jamaica', '2018 – 2020', '2018', '2020', N, None,
            ['Cared for my mother at home until she passed'], et='unknown'),
          E('Cashier / Customer Service', 'Harbourview Hardware', 'Kingston, Jamaica', '2014 – 2018', '2014', '2018', F, 'in_person_service',
            ['Served trade and walk-in customers at the cash counter']),
      ]),
      ('jobs', 'Volunteering', [
          E('Warehouse Volunteer', 'Sparkhill Community Food Bank', 'Birmingham', '2022 – now', '2022', 'present', A, None,
            ['Tuesday warehouse shift: sorting donations, checking dates, packing parcels'], sec='volunteer', et='volunteer'),
      ]),
  ])

# ------------------------------------------------------------------ w020
R(file='w020.docx', family='Chilean economics graduate, ATS Word file with heading styles and real list bullets, research assistant doing household surveys',
  name='Ignacio Fuentealba Rojas', headline=None,
  contact=['Santiago, Chile', '+56 9 5555 2231', 'ifuentealba@correo.example'],
  opt=dict(docx='ats', fmt='title_org2', dates='tab', glyph='word'),
  sections=[
      ('jobs', 'Experience', [
          E('Research Assistant', 'Centro de Estudios Andinos', 'Santiago', 'Mar 2022 – Present', '2022-03', 'present', A, None,
            ['Ran household surveys door to door in three communes', 'Cleaned and documented survey data in Stata']),
          E('Teaching Assistant, Microeconomics', 'Universidad de Los Quillayes', 'Santiago', 'Aug 2020 – Dec 2021', '2020-08', '2021-12', F, 'education',
            ['Led weekly tutorials for 40 students', 'Held office hours and marked problem sets']),
          E('Data Entry Clerk', 'Seguros Cordillera', 'Santiago', 'Jan 2019 – Jul 2020', '2019-01', '2020-07', N, None,
            ['Keyed policy amendments into the core system']),
          E('Call Centre Agent (part-time)', 'Telemarca Contact', 'Santiago', '2017 – 2018', '2017', '2018', F, 'contact_center',
            ['Outbound satisfaction calls for a retail bank\'s customers']),
      ]),
      ('jobs', 'Volunteer Work', [
          E('Volunteer Tutor', 'Fundación Letras para Todos', 'Puente Alto', '2016 – 2019', '2016', '2019', F, 'education',
            ['Saturday reading support for primary pupils'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Education', ['Ingeniería Comercial, Universidad de Los Quillayes, 2021']),
      ('list', 'Skills', ['Stata, R, Excel', 'Spanish (native), English (B2)']),
  ])

# ------------------------------------------------------------------ w021
R(file='w021.pdf', family='US personal trainer and swim coach, Google-Docs-style single column, employer line bold with right date then italic title, "–" bullets',
  name='Tyler Brooks-Ramírez', headline='NASM-CPT · USA Swimming coach',
  contact=['Chicago, IL', '(312) 555-0177', 'tyler.brooksr@gmail-like.example'],
  opt=dict(engine='rl', sidebar=None, head='plain', fmt='org_title2', dates='right', glyph='–', font='sans', accent=(10, 10, 10),
           creator='Google Docs'),
  sections=[
      ('jobs', 'Experience', [
          E('Personal Trainer', 'IronLake Fitness', 'Chicago, IL', 'Sep 2020 - Current', '2020-09', 'present', F, 'in_person_service',
            ['Coach 25 regular clients in 1:1 and small-group sessions', 'Write programs and track progress']),
          E('Head Age-Group Coach (part-time)', 'Lakeshore Aquatics Club', 'Evanston, IL', 'Sep 2021 - Current', '2021-09', 'present', F, 'education',
            ['Plan and run practices for 40 swimmers aged 9–14', 'Meet parents at the start of each season']),
          E('Front Desk Associate', 'IronLake Fitness', 'Chicago, IL', 'Jan 2019 - Aug 2020', '2019-01', '2020-08', F, 'in_person_service',
            ['Check-ins, membership questions, towel service']),
          E('Content Creator', 'Lift Notes (own channel)', None, '2022 - Present', '2022', 'present', A, None,
            ['Film, edit and publish two workout videos a week'], et='freelance'),
          E('Overnight Stock Associate', 'Windy City Sporting Goods', 'Chicago, IL', '2016 - 2018', '2016', '2018', A, None,
            ['Unloaded trucks and restocked shelves on the overnight crew while the store was closed']),
      ]),
      ('list', 'Certifications', ['NASM Certified Personal Trainer', 'USA Swimming Coach Level 2', 'CPR/AED']),
  ])

# ------------------------------------------------------------------ w022
R(file='w022.md', family='Egyptian tour guide, Markdown with a role table per job, freelance guiding and online tutoring, conscription',
  name='Omar Abdelrahman Fathy', headline='Licensed tour guide (English, German)',
  contact=['Giza, Egypt', '+20 100 555 8812', 'omar.fathy.guide@post.example'],
  opt=dict(md='table', glyph='-'),
  sections=[
      ('jobs', 'Career', [
          E('Licensed Tour Guide (freelance)', None, 'Cairo & Luxor', '2018 — now', '2018', 'present', F, 'entrepreneurial_freelance',
            ['Lead groups of up to 30 visitors around Giza, Saqqara and Luxor', 'Work with three European tour operators'], et='freelance'),
          E('Arabic Content Writer (online, part-time)', 'Lingoquay', None, '2020 — now', '2020', 'present', A, None,
            ['Write dialogues and exercises for the app\'s Egyptian Arabic course'], et='freelance'),
          E('Guest Relations Officer', 'Nile Pearl Resort', 'Hurghada', '2014 — 2018', '2014', '2018', F, 'in_person_service',
            ['Welcomed VIP guests and handled complaints in English and German']),
          E('Ground Operations Coordinator', 'Pharos Travel', 'Cairo', '2012 — 2014', '2012', '2014', A, None,
            ['Arranged buses, guides and hotel rooming lists for incoming groups from the office']),
          E('Conscript, Signals Unit', 'Egyptian Armed Forces', None, '2010 — 2012', '2010', '2012', N, None,
            ['Radio maintenance and duty rosters'], et='military'),
      ]),
      ('list', 'Education', ['BA Tourism Guidance, 2010']),
  ])

# ------------------------------------------------------------------ w023
R(file='w023.docx', family='Australian diesel fitter, Word tab-stop dates with letter-spaced headings, apprentice with counter contact, volunteer bush fire brigade',
  name='Callum J. Fitzgerald',
  contact=['Ellenbrook WA', '0438 555 621', 'callum.fitz@ozmail.example'],
  opt=dict(docx='ats', fmt='comma', dates='tab', glyph='-', dhead='spaced', docx_footer='Callum Fitzgerald — Resume'),
  sections=[
      ('text', 'Summary', 'Heavy diesel fitter on an 8/6 FIFO roster. HR licence, working at heights.'),
      ('jobs', 'Employment', [
          E('Heavy Diesel Fitter', 'Red Ridge Iron Ore', 'Pilbara WA', 'Jan. 2019 – Present', '2019-01', 'present', N, None,
            ['Service and rebuild haul trucks and loaders', 'Breakdown callouts in the pit']),
          E('Apprentice Diesel Mechanic', 'Swan Valley Truck Services', 'Perth', 'Jan. 2015 – Dec. 2018', '2015-01', '2018-12', F, 'other_facing',
            ['Serviced customers\' trucks', 'Explained repair quotes to owner-drivers at the service counter'], et='paid'),
          E('Roadhouse Attendant (casual)', 'Nullarbor Ridge Roadhouse', 'Eucla', 'Dec. 2013 – Jan. 2015', '2013-12', '2015-01', F, 'in_person_service',
            ['Fuel console, meals and cleaning']),
          E('Farmhand', 'Chittering Valley Orchard', 'Bindoon', 'Feb. 2012 – Nov. 2013', '2012-02', '2013-11', N, None,
            ['Pruning, irrigation repairs and tractor work']),
      ]),
      ('jobs', 'Volunteering', [
          E('Volunteer Firefighter', 'Bullsbrook Bush Fire Brigade', 'Bullsbrook', '2016 – Present', '2016', 'present', F, 'other_facing',
            ['Respond to grass fires and road crashes', 'Run fire-safety days for residents and school kids'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Tickets', ['Cert III Heavy Commercial Vehicle Mechanical Technology', 'HR licence', 'First aid']),
  ])

# ------------------------------------------------------------------ w024
R(file='w024.pdf', family='Swedish cook CV, fpdf2 with header band and left sidebar, "Where I\'ve worked" heading, kitchen-only cook, back-lab pharmacy technician, food bank hand-out',
  name='Elin Johansson Haddad', headline='Cook · special diets',
  contact=['Göteborg', '070-555 12 34', 'elin.jh@brevlada.example'],
  opt=dict(engine='fpdf', sidebar='left', side_fill=(226, 240, 232), band=(44, 110, 84), head='plain', fmt='comma',
           dates='right', glyph='*', contact_side=True, accent=(44, 110, 84), creator='Canva'),
  side=[('Skills', ['Texture-modified diets', 'Allergen control', 'Batch cooking', 'HACCP']),
        ('Languages', ['Swedish', 'Arabic', 'English'])],
  sections=[
      ('jobs', "Where I've worked", [
          E('Cook (patient meals)', 'Kustsjukhuset Catering', 'Göteborg', '03/2019 – now', '2019-03', 'present', A, None,
            ['Cook 600 patient meals a day incl. allergy and texture-modified diets', 'Kitchen only, central production unit']),
          E('Dishwasher / Prep', 'Restaurang Fiskehamnen', 'Göteborg', '06/2017 – 02/2019', '2017-06', '2019-02', A, None,
            ['Dish station and cold prep']),
          E('Pharmacy Technician', 'Apotek Lindblomman', 'Mölndal', '2014–2017', '2014', '2017', A, None,
            ['Compounded ointments in the back lab', 'Stock control and expiry checks']),
          E('Personal Assistant', 'Assistanskooperativet Vägen', 'Göteborg', '2012–2014', '2012', '2014', F, 'healthcare_care',
            ['Daily support for a young man with a physical disability: personal care, errands, outings']),
      ]),
      ('jobs', 'Volunteering', [
          E('Food Bank Volunteer', 'Matbanken Hisingen', 'Göteborg', '2020–now', '2020', 'present', F, 'volunteering',
            ['Hand out food bags at Thursday distribution and chat with visitors'], sec='volunteer', et='volunteer'),
      ]),
  ])

# ------------------------------------------------------------------ w025
R(file='w025.txt', family='Mexican contact-centre CV in plain text, "2019/01 - 2021/03" dates, QA analyst, app delivery rider with hand-over, undated parish catechist',
  name='Daniela Garza Villarreal',
  contact=['Monterrey, N.L.', 'Cel. 81 5555 3321', 'daniela.garza.v@correo.example'],
  opt=dict(txt='plain', fmt='title_org2', glyph='>'),
  sections=[
      ('text', 'Objective', 'Quality analyst looking to grow into training.'),
      ('jobs', 'Work experience', [
          E('Quality Analyst', 'Norteña Contact Center', 'Monterrey', '2021/04 - Present', '2021-04', 'present', A, None,
            ['Score 60 recorded calls a week against the client checklist', 'Calibration sessions with team leads']),
          E('Bilingual Customer Service Agent', 'Norteña Contact Center', 'Monterrey', '2019/01 - 2021/03', '2019-01', '2021-03', F, 'contact_center',
            ['Inbound calls for a US cable company: billing and outages']),
          E('Delivery Rider', 'Rapidito', 'Monterrey', '2018/01 - 2018/12', '2018-01', '2018-12', F, 'in_person_service',
            ['Delivered food orders by motorbike', 'Handed orders to customers at the door and collected cash'], et='freelance'),
          E('Waitress', 'Cafetería Los Arcos', 'San Pedro Garza García', '2017/06 - 2018/12', '2017-06', '2018-12', F, 'in_person_service',
            ['Breakfast and lunch service, 8 tables']),
      ]),
      ('jobs', 'Volunteer', [
          E('Catechist', 'Parroquia San Judas Tadeo', 'Monterrey', '', None, None, F, 'education',
            ['First-communion classes for children on Saturdays'], sec='volunteer', et='volunteer'),
      ]),
  ])

# ------------------------------------------------------------------ w026
R(file='w026.docx', family='Welsh museum worker, Word tab-stop dates with name in the page header, collections store, oral-history interviews, festival steward (summer)',
  name='Rhiannon Pryce-Evans',
  contact=['Cardiff CF24', '07700 900 338', 'rhiannon.pe@postcymru.example'],
  opt=dict(docx='ats', docx_header=True, fmt='title_org2', dates='tab', glyph='•', dhead='style'),
  sections=[
      ('jobs', 'Employment History', [
          E('Visitor Experience Assistant', 'Glanfa Heritage Museum', 'Cardiff', 'Jan 2022 – Present', '2022-01', 'present', F, 'in_person_service',
            ['Welcome visitors, sell tickets and run family trails in Welsh and English']),
          E('Collections Assistant', 'Glanfa Heritage Museum', 'Cardiff', 'Jun 2019 – Dec 2021', '2019-06', '2021-12', N, None,
            ['Catalogued objects and ran condition checks in the off-site store']),
          E('Research Assistant (oral history)', 'Cardiff Bay Oral History Trust', 'Cardiff', '2018 – 2019', '2018', '2019', A, None,
            ['Recorded interviews with older residents about the docks', 'Transcribed and indexed recordings']),
          E('Bar Staff', 'The Ship & Lantern', 'Cardiff', '2015 – 2018', '2015', '2018', F, 'in_person_service',
            ['Pulling pints, cellar changes, closing up']),
      ]),
      ('jobs', 'Volunteering', [
          E('Volunteer Steward', 'Bay Folk Festival', 'Cardiff', 'Summer 2023', '2023-06', '2023-08', F, 'volunteering',
            ['Gate and stage steward, helping festival-goers find their way'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Education', ['MA Heritage Studies, 2019', 'BA History, 2017']),
  ])

# ------------------------------------------------------------------ w027
R(file='w027.pdf', family='Malaysian cabin crew CV, reportlab left sidebar, airline heading with three roles beneath and dates in a left column',
  name='Nur Aisyah binti Hamzah', headline='Cabin Crew Trainer',
  contact=['Shah Alam, Selangor', '+60 12 555 7781', 'aisyah.hamzah@emel.example'],
  opt=dict(engine='rl', sidebar='left', side_fill=(246, 232, 236), head='rule', fmt='comma', dates='left', date_w=104,
           glyph='•', contact_side=True, accent=(150, 30, 60), creator='Microsoft® Word 2019'),
  side=[('Languages', ['Malay', 'English', 'Mandarin (basic)']),
        ('Licences', ['Cabin crew attestation', 'First aid instructor'])],
  sections=[
      ('jobs', 'Career', [
          G('Langkasuka Airways', 'Sepang', [
              E('Cabin Crew Trainer', 'Langkasuka Airways', 'Sepang', 'Mar 2022 – present', '2022-03', 'present', F, 'education',
                ['Deliver safety and service training to classes of new crew', 'Assess trainees in the mock-up cabin']),
              E('Senior Cabin Crew', 'Langkasuka Airways', 'Sepang', 'Jun 2017 – Feb 2022', '2017-06', '2022-02', F, 'in_person_service',
                ['Led cabin service in business class on long-haul flights']),
              E('Cabin Crew', 'Langkasuka Airways', 'Sepang', 'Jan 2014 – May 2017', '2014-01', '2017-05', F, 'in_person_service',
                ['Safety demonstrations, meal service, duty-free sales']),
          ]),
          E('Reservation Sales Agent', 'Borneo Sky Travel', 'Kota Kinabalu', 'Jul 2012 – Dec 2013', '2012-07', '2013-12', F, 'contact_center',
            ['Phone bookings and ticket changes']),
      ]),
      ('jobs', 'Community', [
          E('Volunteer', 'Bukit Bintang Soup Kitchen', 'Kuala Lumpur', '2019 – present', '2019', 'present', F, 'volunteering',
            ['Serve dinner to homeless guests one night a month'], sec='volunteer', et='volunteer'),
      ]),
  ])

# ------------------------------------------------------------------ w028
R(file='w028.txt', family='Brazilian backend developer, plain text with underlined caps headings, two roles at one fintech under the employer, private tutoring',
  name='Lucas Oliveira Tavares',
  contact=['São Paulo - SP', '+55 11 95555-4410', 'lucas.tavares@correio.example', 'github.com/lucastav'],
  opt=dict(txt='caps', fmt='dash', glyph='-'),
  sections=[
      ('text', 'Summary', 'Backend developer (Kotlin, Go) who started in support and still likes talking to merchants.'),
      ('jobs', 'Experience', [
          G('Pinheiro Pay', 'São Paulo', [
              E('Backend Developer', 'Pinheiro Pay', 'São Paulo', 'Mar 2022 - Present', '2022-03', 'present', N, None,
                ['Payment reconciliation services in Kotlin', 'On-call for the settlement pipeline']),
              E('Support Engineer (L2)', 'Pinheiro Pay', 'São Paulo', 'Jul 2020 - Feb 2022', '2020-07', '2022-02', F, 'digital_service',
                ['Took escalated tickets from merchants and joined calls to debug their integrations']),
          ], span='Jul 2020 - Present'),
          E('QA Intern', 'Jabuticaba Labs', 'Campinas', 'Jan 2020 - Jun 2020', '2020-01', '2020-06', A, None,
            ['Wrote regression tests for the mobile app'], et='internship'),
          E('Maths Tutor (private)', None, 'Campinas', '2017 - 2019', '2017', '2019', F, 'education',
            ['Taught secondary-school maths to 6 students a week'], et='freelance'),
          E('Undergraduate Research Assistant', 'Universidade Paulista do Norte, Distributed Systems Lab', 'Campinas', 'Aug 2018 - Dec 2019', '2018-08', '2019-12', N, None,
            ['Benchmarked consensus algorithms on the lab cluster'], sec='other', et='unknown'),
      ]),
      ('list', 'Education', ['BSc Computer Science, 2020']),
  ])

# ------------------------------------------------------------------ w029
R(file='w029.pdf', family='Italian hairdresser and salon owner, fpdf2 single column with letter-spaced headings, dates right, own business and part-time academy teaching',
  name='Lucia Bernardi', headline='Hair stylist & salon owner',
  contact=['✉ lucia@studiocapellilucia.example', '☎ +39 333 555 0921', 'Bologna'],
  opt=dict(engine='fpdf', sidebar=None, head='spaced', fmt='dot', dates='right', glyph='•', font='cond', accent=(120, 90, 40), creator='Canva'),
  sections=[
      ('text', 'Profile', 'Twenty years behind the chair; colour specialist; trainer.'),
      ('jobs', 'Experience', [
          E('Owner & Stylist', 'Studio Capelli Lucia', 'Bologna', '2019 — now', '2019', 'present', F, 'entrepreneurial_freelance',
            ['Run a 4-chair salon with two employees', 'Cut and colour for my own client book']),
          E('Senior Stylist', 'Salone Aurora', 'Bologna', '2012 — 2019', '2012', '2019', F, 'in_person_service',
            ['Colour consultations and cuts, 8–10 clients a day']),
          E('Evening Course Educator', "Accademia Forbici d'Oro", 'Bologna', '2016 — 2019', '2016', '2019', F, 'education',
            ['Taught cutting techniques to evening-course students']),
          E('Apprentice Hairdresser', 'Salone Aurora', 'Bologna', '2009 — 2012', '2009', '2012', F, 'in_person_service',
            ['Washed and blow-dried clients\' hair', 'Swept floors and mixed colour']),
          E('Packing Operative', 'Cosmetica Emiliana S.p.A.', 'Imola', '2007 — 2009', '2007', '2009', N, None,
            ['Packing line for shampoo and conditioner, two-shift pattern']),
      ]),
      ('list', 'Education', ['Qualifica professionale di Acconciatore, 2012']),
  ])

# ------------------------------------------------------------------ w030
R(file='w030.docx', family='US property management résumé, ATS Word file with real list bullets, "Employment History" heading, maintenance tech in occupied vs vacant units',
  name='Ashley Nicole Montoya',
  contact=['Phoenix, AZ 85016', '(602) 555-0114', 'ashley.montoya@azmail.example'],
  opt=dict(docx='ats', fmt='pipe', dates='below', glyph='word'),
  sections=[
      ('text', 'Professional Summary', 'Property manager who came up through maintenance and leasing.'),
      ('jobs', 'Employment History', [
          E('Community Manager', 'Saguaro Ridge Apartments', 'Phoenix, AZ', 'Aug 2021 – Present', '2021-08', 'present', F, 'in_person_service',
            ['Handle resident escalations and lease renewals in person', 'Manage a 312-unit budget and two leasing staff']),
          E('Leasing Consultant', 'Saguaro Ridge Apartments', 'Phoenix, AZ', 'May 2019 – Jul 2021', '2019-05', '2021-07', F, 'sales_account',
            ['Toured prospects and closed leases', 'Answered enquiries from the listings sites']),
          E('Maintenance Technician', 'Desert Bloom Property Services', 'Phoenix, AZ', '2015 – 2019', '2015', '2019', F, 'other_facing',
            ['Completed work orders inside occupied apartments and explained fixes to residents']),
          E('Make-Ready Technician', 'Copperleaf Homes', 'Tempe, AZ', '2013 – 2015', '2013', '2015', A, None,
            ['Painted and repaired vacant units between tenants']),
          E('Night Janitor', 'Camelback Office Tower', 'Phoenix, AZ', '2011 – 2013', '2011', '2013', N, None,
            ['Cleaned 6 office floors after hours', 'Floor stripping and waxing']),
      ]),
      ('jobs', 'Volunteer', [
          E('Build Crew Volunteer', 'Valley Homebuilders Volunteer Crew', 'Phoenix, AZ', '2018 – 2020', '2018', '2020', N, None,
            ['Framing and drywall on weekend builds'], sec='volunteer', et='volunteer'),
      ]),
      ('list', 'Licenses', ['Arizona Certified Apartment Manager (CAM)', 'EPA 608 Universal']),
  ])
