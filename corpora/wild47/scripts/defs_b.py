"""w016–w030."""
from lib import E

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    file='w016.html', renderer='html',
    family='US wedding photographer with her own studio, second shooter, school-portrait retoucher, department-store portrait studio; HTML',
    layout='html, plain/org_title, mon / \'Present\'',
    o=dict(hdr='org_title', ds='mon', pw='Present', sep=' – ', doc_title='Resume',
           css='body{font-family:Helvetica,Arial,sans-serif;max-width:720px;margin:40px auto;line-height:1.4}'
               'h1{letter-spacing:3px;font-weight:300}h2{font-size:13px;letter-spacing:2px;color:#8a6d5a}'
               '.d{float:right;font-size:12px}.o{color:#666}'),
    name='Alyssa Marchetti',
    contact=['Port Hadley, RI', '401-555-0186', 'hello@mailbox.studio', 'portfolio on request'],
    blocks=[
        ('summary', None, 'Documentary-style wedding and family photographer. Ten years behind the camera, eight of '
         'them with couples. Applying for the in-house photographer role.'),
        ('jobs', 'Experience', [
            E('Owner & Lead Photographer', 'Alyssa Marchetti Photography', 'Port Hadley, RI', '2017', 'present',
              'facing', 'entrepreneurial_freelance', etype='freelance', bullets=[
                  'Shoot 25–30 weddings a season plus engagements and family sessions',
                  'Meet every couple before they book (usually over coffee) and build the day\'s timeline with them and their planner',
                  'Cull, edit and deliver galleries within six weeks; albums designed in-house']),
            E('Second Shooter', 'Lumen & Lace Weddings', 'Newbury Point, RI', '2015', '2017', 'facing', 'other_facing',
              etype='freelance', orgx=' (contract)', bullets=[
                  'Second camera at ~40 weddings: groom prep, candids, reception details',
                  'Rounded up family members for the formal group shots']),
            E('Photo Retoucher', 'Bayview School Portraits', 'Cranston Falls, RI', '2013-03', '2015-06', 'affecting',
              bullets=['Retouched and color-corrected school and sports portraits, about 600 images a day',
                       'Prepared print orders for the lab and checked them against the order sheets']),
            E('Portrait Studio Photographer', 'SnapHappy Portrait Studio', 'Warwick Commons, RI', '2011-08',
              '2013-02', 'facing', 'in_person_service', orgx=" (inside Hartley's)", bullets=[
                  'Photographed babies, families and pets; sold print packages at the viewing']),
        ]),
        ('text', 'Education', 'B.F.A. Photography, Narragansett School of Art, 2011'),
        ('list', 'Gear & Software', ['Two full-frame bodies, prime lenses, off-camera flash',
                                     'Lightroom Classic, Photoshop, album design software']),
    ]))

# ------------------------------------------------------------------ w017
R.append(dict(
    file='w017.docx', renderer='docx',
    family='Turkish-born alterations tailor in England: shop fittings, workwear sewing machinist, family tailor shop, undated interpreting volunteer; Word tab-stop dates',
    layout='docx, tabs/org_title, mon / \'to date\' (one undated)',
    o=dict(layout='tabs', hdr='org_title', ds='mon', pw='to date', sep=' – ', manual_bul='–', date_italic=True),
    name='Hasan Yıldırım',
    contact=['Calderbridge, West Yorkshire', '07404 555 882', 'hasan.yildirim@mailbox.co.uk'],
    blocks=[
        ('summary', 'Personal statement', 'Tailor with more than twenty years on the machine and in the fitting room. '
         'I can do everything from a simple hem to a wedding dress. Looking for a bigger alterations shop or a '
         'menswear store.'),
        ('jobs', 'Work experience', [
            E('Alterations Tailor', 'Stitch Express Alterations', 'Calderbridge', '2018-09', 'present', 'facing',
              'in_person_service', bullets=[
                  'Pin and fit customers in the fitting room: take in, let out, hems, zips, wedding and prom dresses',
                  'Price the work at the counter and give a collection date']),
            E('Sewing Machinist', 'Pennine Workwear Ltd', 'Calderbridge', '2012-01', '2018-08', 'none', bullets=[
                'Overlock and flatlock machines making hi-vis jackets and overalls to production targets',
                'Quality checks on finished batches before packing']),
            E('Tailor', 'Yıldırım Terzi Evi', 'Yenikale, Turkey', '2004', '2011', 'facing', 'in_person_service',
              orgx=' (family shop)', bullets=['Bespoke trousers and suit alterations in my father\'s shop, measuring customers and fittings']),
        ]),
        ('jobs', 'Voluntary', [
            E('Interpreter', 'Calderbridge Refugee Welcome', None, None, None, 'facing', 'volunteering',
              section='volunteer', etype='volunteer', bullets=[
                  'Turkish–English help for new arrivals at GP appointments and the housing office']),
        ]),
        ('text', 'Languages', 'Turkish (native), English (good), Kurdish (spoken)'),
    ]))

# ------------------------------------------------------------------ w018
R.append(dict(
    file='w018.pdf', renderer='reportlab',
    family='English driving instructor (franchise, self-employed), trainee PDI, bus driver, career break caring; reportlab two pages with footer',
    layout='reportlab, twopage/title_org, month / \'Present\'',
    o=dict(layout='single', hdr='title_org', ds='month', pw='Present', sep=' – ', fs=11, serif=True,
           footer='Sandra Bellingham – CV – page {n}', break_before='Qualifications', centre=True,
           accent=(0.1, 0.1, 0.1)),
    name='Sandra Bellingham',
    contact=['Westby Moor, North Yorkshire', '07831 555 046', 'sandra.bellingham@mailbox.co.uk'],
    blocks=[
        ('summary', 'Personal Profile', 'Patient, calm DVSA-approved driving instructor with over twenty years of '
         'professional driving behind me. I enjoy nervous pupils and older learners most. I am looking to move '
         'into a fleet driver-training role with regular hours.'),
        ('jobs', 'Employment', [
            E('Approved Driving Instructor', 'Clearway Driving School', 'Westby Moor', '2018-05', 'present', 'facing',
              'education', etype='freelance', orgx=' (self-employed franchise)', bullets=[
                  'Weekly lessons for 25–30 pupils, manual and automatic',
                  'First-time pass rate around 60%, above the local average',
                  'Pass Plus, motorway and refresher lessons for older drivers']),
            E('Trainee Driving Instructor (PDI)', 'Clearway Driving School', 'Westby Moor', '2017-09', '2018-04',
              'facing', 'education', etype='internship', bullets=['Taught on a trainee licence under supervision while completing Part 3']),
            E('Bus Driver', 'Moorland Buses', 'Westby Moor', '2009-03', '2017-08', 'facing', 'in_person_service',
              bullets=['Town and rural routes, ticketing and cash',
                       'Helping passengers with wheelchairs, buggies and shopping',
                       'Driver of the month three times']),
            E('Career break – caring for my mother', None, None, '2008-01', '2009-02', 'none', etype='unknown'),
            E('Sales Assistant', "Brewer's Hardware", 'Westby Moor', '2004', '2007', 'facing', 'in_person_service',
              bullets=['Trade counter and shop floor, key cutting']),
        ]),
        ('list', 'Qualifications', ['ADI Parts 1, 2 and 3 (2018)', 'PCV (D) licence with Driver CPC',
                                    'GCSEs (5) including English and Maths']),
        ('text', 'Interests', 'Walking our two spaniels, the village choir, and (believe it or not) rally driving '
         'on the telly.'),
        ('text', 'References', 'Happy to provide references from Clearway Driving School and Moorland Buses.'),
    ]))

# ------------------------------------------------------------------ w019
R.append(dict(
    file='w019.txt', renderer='txt',
    family='Quebec gardener: sole proprietor, landscaping on new developments, winter plowing, garden-centre summer; text with ISO dates first',
    layout='txt, dashes/datefirst, yyyy-mm / \'present\'',
    o=dict(hdr='datefirst', ds='yyyy-mm', pw='present', sep=' to ', hstyle='dashes', bul='o', cjoin='  //  '),
    name='Marc-André Thibodeau',
    contact=['Sainte-Aurélie-des-Pins, QC', '450-555-0172', 'ma.thibodeau@mailbox.qc.ca'],
    blocks=[
        ('jobs', 'Experience', [
            E('Gardener / Owner', 'Jardins Thibodeau', 'Sainte-Aurélie-des-Pins', '2021-04', 'present', 'facing',
              'entrepreneurial_freelance', etype='freelance', orgx=' (sole proprietor)', bullets=[
                  'Garden maintenance for about 30 residential clients, April to November',
                  'Plan new beds with clients, prune shrubs and hedges, spring and fall cleanups']),
            E('Landscape Labourer', 'Paysagement Boréal Inc.', 'Val-Morin-Est', '2016-05', '2020-10', 'none', bullets=[
                'Interlocking pavers, retaining walls and sod on new housing developments',
                'Mini-excavator and plate compactor']),
            E('Snow Removal Operator', 'Déneigement Rive-Nord', 'Val-Morin-Est', '2016-12', '2021-03', 'affecting',
              orgx=' (winters)', bullets=['Night plow routes for commercial parking lots and a clinic',
                                           'Salting and sanding before 6 a.m. opening']),
            E('Garden Centre Associate', 'Centre Jardin Lacasse', 'Sainte-Aurélie-des-Pins', '2015-06', '2015-08',
              'facing', 'in_person_service', dt='Summer 2015', bullets=[
                  'Advised customers on perennials and shrubs, loaded soil and mulch into cars']),
        ]),
        ('text', 'Education', 'DEP Horticulture and Landscaping (2016)'),
        ('text', 'Languages', 'French and English'),
    ]))

# ------------------------------------------------------------------ w020
R.append(dict(
    file='w020.docx', renderer='docx',
    family='New Zealand nail technician and beauty therapist, retail and packhouse before; Word shaded two-column sidebar table',
    layout='docx, sidebar/title_org, mon / \'Present\'',
    o=dict(layout='sidebar', hdr='title_org', ds='mon', pw='Present', sep=' – ', caps=True, side_hex='F3E1E6'),
    name='Brooke Tamatea',
    contact=['Kōtare Bay', '021 555 4471', 'brooke.tamatea@mailbox.co.nz'],
    tagline='Nail tech · Beauty therapist',
    side=[('list', 'Skills', ['Gel, acrylic & BIAB', 'Nail art', 'Facials & waxing', 'Lash & brow tinting',
                              'Booking software']),
          ('list', 'Training', ['NZ Certificate in Beauty Therapy (Level 4)', 'Advanced nail art course'])],
    blocks=[
        ('jobs', 'Experience', [
            E('Nail Technician', 'Polished Nail Bar', 'Kōtare Bay', '2023-01', 'present', 'facing',
              'in_person_service', bullets=[
                  'Gel, acrylic and BIAB sets, infills and nail art',
                  'Most of my book are regulars – keep them comfortable and chatting, rebook before they leave']),
            E('Beauty Therapist', 'Serenity Day Spa', 'Whanganui Heads', '2020-04', '2022-12', 'facing',
              'in_person_service', bullets=['Facials, waxing, tinting and spray tans',
                                            'Sold skincare at checkout and rebooked clients']),
            E('Retail Assistant', 'Kiwi Bargain Barn', 'Kōtare Bay', '2018', '2020', 'facing', 'in_person_service'),
            E('Fruit Packer', 'Te Awa Orchards Packhouse', 'Kōtare Bay', '2018-01', '2018-03', 'none',
              bullets=['Grading and packing fruit on the packhouse line']),
        ]),
        ('text', 'Referees', 'Available on request'),
    ]))

# ------------------------------------------------------------------ w021
R.append(dict(
    file='w021.pdf', renderer='fpdf',
    family='US locksmith after security patrols and Army motor transport, disaster-repair volunteer; fpdf2 coloured sidebar',
    layout='fpdf2, sidebar/pipe, mon / \'Present\'',
    o=dict(layout='sidebar', hdr='pipe', ds='mon', pw='Present', sep=' – ', fs=9, letter=True, bul='▪'),
    name='Reginald Baptiste',
    contact=['Bayou Lacroix, LA', '(985) 555-0133', 'reggie.baptiste@mailbox.com'],
    side=[('list', 'Licenses', ['Louisiana locksmith license', 'TWIC card', 'CDL Class A (inactive)']),
          ('list', 'Skills', ['Rekeying & master keying', 'Auto lockouts & transponder keys', 'Safe opening',
                              'Access control basics'])],
    blocks=[
        ('jobs', 'Experience', [
            E('Locksmith', 'KeyPro Lock & Safe', 'Bayou Lacroix, LA', '2019-02', 'present', 'facing', 'other_facing',
              bullets=['Residential and auto lockouts, rekeys and high-security lock installs',
                       '24-hour emergency calls; verify ID and proof of residence before opening a door',
                       'Counter shifts cutting keys and selling hardware']),
            E('Security Officer', 'Delta Shield Security', 'Port Sulphur Bend, LA', '2015-06', '2019-01', 'none',
              bullets=['Overnight patrols of a closed distribution center', 'CCTV monitoring and incident reports']),
            E('Motor Transport Operator', 'U.S. Army', 'Fort Carlisle, KY', '2011-05', '2015-05', 'none',
              etype='military', bullets=['Drove and maintained medium tactical vehicles; convoy operations',
                                         'Promoted to Specialist']),
        ]),
        ('jobs', 'Volunteer', [
            E('Volunteer Carpenter', 'Rebuild Bayou Homes', 'Bayou Lacroix, LA', '2020', '2022', 'affecting',
              section='volunteer', etype='volunteer', bullets=[
                  'Weekend crew repairing storm-damaged homes for elderly owners: roofing, floors, doors']),
        ]),
        ('text', 'Education', 'GED, 2010'),
    ]))

# ------------------------------------------------------------------ w022
R.append(dict(
    file='w022.md', renderer='md',
    family='Young Queensland apprentice carpenter: meatworks, trolley collecting, own lawn-mowing; very plain Markdown',
    layout='md, bold/title_org, mon / \'Current\'',
    o=dict(hdr='title_org', ds='mon', pw='Current', sep=' - ', rjoin=', ', bul='*', hmark='###'),
    name='Kai Nguyen-Walsh',
    contact=['Merrigal QLD', '0498 555 213', 'kai.nw@mailbox.com.au'],
    blocks=[
        ('summary', 'About me', 'I am 20 and in the second year of my carpentry apprenticeship. Hard worker, '
         'own car, happy to travel.'),
        ('jobs', 'Jobs', [
            E('Apprentice Carpenter', 'Ridgeline Constructions', 'Merrigal', '2025-02', 'present', 'none',
              etype='internship', bullets=['Framing, roofing and fit-off on new houses']),
            E('Process Worker', 'Brolga Valley Meats', 'Brolga Valley', '2024-03', '2025-01', 'none',
              bullets=['Boning room and packing', 'Cleaning down at end of shift']),
            E('Trolley Collector', 'CartCo Services', 'Merrigal Plaza', '2022-06', '2024-02', 'affecting',
              bullets=['Collecting trolleys from the car park and bays, weekends and school holidays']),
            E('Lawn Mowing', "Kai's Mowing", 'Merrigal', '2021', '2023', 'facing', 'entrepreneurial_freelance',
              etype='freelance', bullets=['Put flyers in letterboxes and mowed for about 12 people on our street, mostly older people. Sorted the days with each of them and they paid cash']),
        ]),
        ('text', 'School', 'Merrigal State High School, Year 12 (2023)'),
        ('text', 'Tickets', 'White card, forklift licence (LF), first aid'),
    ]))

# ------------------------------------------------------------------ w023
R.append(dict(
    file='w023.docx', renderer='docx',
    family='Scottish home help for older people, school cleaner and lunchtime supervisor, career break, bakery counter; Word heading styles',
    layout='docx, styles/title_org, month / \'Present\'',
    o=dict(layout='styles', hdr='title_org', ds='month', pw='Present', sep=' to '),
    name='Carol Pettigrew',
    contact=['Dunmere, Fife', '01592 555 781', 'carol.pettigrew@mailbox.co.uk'],
    blocks=[
        ('summary', 'Personal Statement', 'Caring and reliable, I have worked with older people in their own homes '
         'for nine years and would like to move into a care at home post with more hours.'),
        ('jobs', 'Employment History', [
            E('Home Help', 'Dunmere Community Home Help Scheme', 'Dunmere', '2017-04', 'present', 'facing',
              'healthcare_care', bullets=[
                  'Cleaning, shopping and laundry for 6–8 older clients a week who live on their own',
                  'Often the only person they see that day, so time for a cup of tea and a chat is part of the job',
                  'Report any concerns about a client to the coordinator']),
            E('Cleaner', 'Dunmere Primary School', 'Dunmere', '2010-09', '2017-03', 'affecting', bullets=[
                'Evening cleaning of classrooms, toilets and the gym hall after the children had gone home']),
            E('Lunchtime Supervisor', 'Dunmere Primary School', 'Dunmere', '2012-09', '2016-07', 'facing',
              'education', bullets=['Supervised the dining hall and playground, helped the P1s cut up their food']),
            E('Career break – raising my family', None, None, '2002', '2010', 'none', etype='unknown'),
            E('Shop Assistant', 'Dunmere Bakery', 'Dunmere', '1998', '2002', 'facing', 'in_person_service',
              bullets=['Serving on the counter and taking cake orders']),
        ]),
        ('list', 'Training', ['SVQ 2 Social Services and Healthcare (in progress)', 'Adult Support & Protection',
                              'Food Hygiene', 'Moving and Assisting']),
        ('text', 'References', 'Available on request'),
    ]))

# ------------------------------------------------------------------ w024
R.append(dict(
    file='w024.pdf', renderer='reportlab',
    family='Nigerian salon owner-stylist, NYSC teacher, provisions shop sales; reportlab sidebar with personal data, year-only dates',
    layout='reportlab, sidebar/dateline, year / \'Date\'',
    o=dict(layout='sidebar', hdr='dateline', pw='Date', sep=' – ', ds='mon', fs=10, accent=(0.45, 0.1, 0.45),
           side_rgb=(0.95, 0.9, 0.96)),
    name='Adaeze Okonkwo',
    contact=['12 Adeola Close, Agbara-Ise', 'Ogun State, Nigeria', '0803 555 2718', 'adaeze.okonkwo@mailbox.ng'],
    side=[('kv', 'Personal Data', ['Date of Birth: 9 June 1989', 'Sex: Female', 'Marital Status: Married',
                                   'State of Origin: Anambra', 'Nationality: Nigerian']),
          ('list', 'Hobbies', ['Reading', 'Cooking', 'Making friends'])],
    blocks=[
        ('summary', 'Career Objective', 'To bring my experience in hair styling and salon management to a reputable '
         'beauty brand as a Salon Manager or Trainer.'),
        ('jobs', 'Work Experience', [
            E('Creative Director / CEO', "Ada's Braids & Beauty Studio", 'Agbara-Ise', '2019', 'present', 'facing',
              'entrepreneurial_freelance', etype='freelance', bullets=[
                  'Run a 4-chair salon with 3 stylists and an apprentice',
                  'Consultations with clients on styles and hair care; bridal and owambe bookings',
                  'Manage supplies, staff wages and the salon social media page']),
            E('Hair Stylist', 'Glamour Crest Salon', 'Ikeja Gardens', '2015', '2018', 'facing', 'in_person_service',
              bullets=['Braiding, weaving, relaxing and treatments for walk-in and regular customers']),
            E('Corps Member (Teacher)', 'Community Secondary School, Ogbeke', None, '2013-03', '2014-02', 'facing',
              'education', etype='internship', dt='March 2013 – February 2014', bullets=[
                  'National Youth Service; taught Basic Science to JSS 2 classes']),
            E('Sales Representative', 'Chuks & Sons Provisions', 'Onitsha Road', '2010', '2012', 'facing',
              'in_person_service', bullets=['Sold provisions and collected payment; kept the daily sales book']),
        ]),
        ('list', 'Educational Qualifications', ['B.Sc. Microbiology, 2012', 'WAEC/SSCE, 2006',
                                                'Certificate in Cosmetology, 2015']),
        ('text', 'Referees', 'Available on request.'),
    ]))

# ------------------------------------------------------------------ w025
R.append(dict(
    file='w025.html', renderer='html',
    family='Canadian registered massage therapist: clinic, mobile practice, student clinic, spa reception, care-home dietary aide; HTML',
    layout='html, plain/title_org, mon / \'Present\'',
    o=dict(hdr='title_org', ds='mon', pw='Present', sep=' – ', doc_title='CV'),
    name='Priya Venkataraman, RMT',
    contact=['Lindenhurst, BC', '604-555-0148', 'priya.v.rmt@mailbox.ca'],
    blocks=[
        ('summary', 'Profile', 'RMT with five years of clinical practice in MVA, sports and chronic pain. Looking '
         'for a multidisciplinary clinic with a strong rehab focus.'),
        ('jobs', 'Clinical Experience', [
            E('Registered Massage Therapist', 'Cedarbend Physio & Wellness', 'Lindenhurst, BC', '2020-09', 'present',
              'facing', 'healthcare_care', bullets=[
                  'Assessment and treatment for MVA, sports and chronic pain patients, 25–28 treatments a week',
                  'Charting in the clinic EMR; direct billing to insurers', 'Home-care and exercise plans']),
            E('Massage Therapist', 'Priya V. RMT Mobile', 'Lindenhurst, BC', '2022-01', '2023-12', 'facing',
              'healthcare_care', etype='freelance', orgx=' (self-employed)', bullets=[
                  'Evening home visits for seniors and post-surgical clients']),
            E('Student Clinic Intern', 'Coastal College of Massage Therapy', 'Lindenhurst, BC', '2019-01', '2020-06',
              'facing', 'healthcare_care', section='other', etype='internship', bullets=[
                  'Supervised public clinic plus outreach at a seniors\' centre and a minor hockey tournament']),
        ]),
        ('jobs', 'Other Experience', [
            E('Spa Receptionist', 'Aurora Springs Resort Spa', 'Whistler Creek, BC', '2017-06', '2018-08', 'facing',
              'in_person_service', bullets=['Greeted guests, booked treatments, gave robe and locker tours, end-of-day cash out']),
            E('Dietary Aide', 'Maple Grove Lodge', 'Lindenhurst, BC', '2015-10', '2017-05', 'facing',
              'healthcare_care', bullets=['Plated and delivered meal trays to residents in their rooms and the dining room',
                                          'Recorded residents\' intake for the dietitian']),
        ]),
        ('text', 'Education', 'Diploma, Massage Therapy (3000 hours) – Coastal College of Massage Therapy, 2020'),
    ]))

# ------------------------------------------------------------------ w026
R.append(dict(
    file='w026.docx', renderer='docx',
    family='US dog walker and pet sitter (own business) after vet assistant, kennel and barista jobs; Word tables with nested title table',
    layout='docx, nested/title_org, mm/yyyy / \'Present\'',
    o=dict(layout='nested', hdr='title_org', ds='mm/yyyy', pw='Present', sep=' – ', caps=True),
    name='Hannah Lindqvist',
    contact=['Riverton, OR', '(503) 555-0156', 'hannah.lindqvist@mailbox.com'],
    blocks=[
        ('summary', 'Objective', 'Animal lover with ten years around dogs and cats, looking for a client care or '
         'practice coordinator role at a veterinary clinic.'),
        ('jobs', 'Work Experience', [
            E('Dog Walker & Pet Sitter', 'Happy Trails Dog Walking', 'Riverton, OR', '2020-06', 'present', 'facing',
              'entrepreneurial_freelance', etype='freelance', orgx=' (my business)', bullets=[
                  'Daily group walks (max 4 dogs) and drop-in visits for cats',
                  'Meet & greet with every new client and their pets; key and alarm handover',
                  'Text each owner a photo and a short report after every visit']),
            E('Veterinary Assistant', 'Riverton Animal Hospital', 'Riverton, OR', '2017-08', '2020-05', 'affecting',
              bullets=['Restrained animals for exams and treatments',
                       'Cleaned kennels and the surgery suite; sterilized instruments', 'Ran in-house lab tests']),
            E('Kennel Attendant', 'Riverton Animal Hospital', 'Riverton, OR', '2016-06', '2017-07', 'affecting'),
            E('Barista', 'Drip & Drizzle Coffee', 'Salem Heights, OR', '2014-09', '2016-05', 'facing',
              'in_person_service'),
        ]),
        ('text', 'Education', 'A.A.S. Veterinary Technology (in progress), Willamette Ridge Community College'),
    ]))

# ------------------------------------------------------------------ w027
R.append(dict(
    file='w027.pdf', renderer='fpdf',
    family='Irish maintenance operative for a housing association, dairy-plant fitter and apprentice, bar work, undated nixers; fpdf2 left header',
    layout='fpdf2, left/title_org, mm/yyyy / \'Present\' (one undated)',
    o=dict(layout='left', hdr='title_org', ds='mm/yyyy', pw='Present', sep=' - ', fs=9.5, bul='-',
           head_rgb=(0, 90, 60)),
    name='Pádraig Kavanagh',
    contact=['Carrigmore, Co. Cork', '086 555 3902', 'padraig.kavanagh@mailbox.ie'],
    blocks=[
        ('summary', 'Profile', 'Qualified fitter (QQI Level 6 Advanced Certificate) who moved from industry into '
         'social housing maintenance. Looking for a maintenance supervisor post.'),
        ('jobs', 'Employment', [
            E('Maintenance Operative', 'Carrigmore Housing Association', 'Carrigmore', '2021-03', 'present', 'facing',
              'other_facing', bullets=['Reactive repairs in tenants\' homes: doors, locks, leaks, mould treatment',
                                       'Book access with tenants and explain the work; older tenants get a follow-up call from me',
                                       'Void property turnarounds']),
            E('Maintenance Fitter', 'Lir Dairy Ingredients', 'Ballinlir', '2014-06', '2021-02', 'none', bullets=[
                'PM on spray dryers, pumps and conveyors; breakdown cover on 12-hour shifts',
                'Permit to work and lock-out/tag-out']),
            E('Apprentice Fitter', 'Lir Dairy Ingredients', 'Ballinlir', '2010-09', '2014-05', 'none',
              etype='internship'),
            E('Bar Staff', 'The Weir Bar', 'Carrigmore', '2008', '2010', 'facing', 'in_person_service',
              orgx=' (weekends)', bullets=['Pulling pints, glass collecting']),
        ]),
        ('jobs', 'Other work', [
            E('Handyman', None, 'Carrigmore', None, None, 'facing', 'entrepreneurial_freelance', etype='freelance',
              bullets=['Evening and weekend nixers for neighbours: flat-pack, painting, gutters, the odd tiling job']),
        ]),
        ('text', 'Education', 'QQI Level 6 Advanced Certificate Craft – Fitting (2014)\nLeaving Cert (2008)'),
        ('text', 'Hobbies', 'GAA (junior B hurling), fixing up an old Massey Ferguson'),
    ]))

# ------------------------------------------------------------------ w028
R.append(dict(
    file='w028.txt', renderer='txt',
    family='South African gardener and driver for a private employer, landscaping and construction general worker, taxi marshal; plain text with years',
    layout='txt, caps/orgfirst, year / \'Present\'',
    o=dict(hdr='orgfirst', sep=' - ', pw='Present', hstyle='caps', bul='-', rjoin='   ', org_caps=True),
    name='Sipho Ndlovu',
    contact=['Emkhondo Heights, Mpumalanga', 'Cell: 076 555 4820', 'sipho.ndlovu@mailbox.co.za'],
    blocks=[
        ('kv', 'Personal Information', [('Nationality', 'South African'), ('Drivers licence', 'Code 10 (C1)'),
                                        ('Languages', 'siSwati, isiZulu, English, Afrikaans')]),
        ('jobs', 'Employment History', [
            E('Gardener / Driver', 'Private employer – Mrs J. Pretorius', 'Emkhondo Heights', '2016', 'present',
              'facing', 'in_person_service', bullets=['Lawns, hedges, vegetable garden and pool cleaning',
                                                      'Drive Mrs Pretorius to her appointments and the shops']),
            E('General Worker', 'Greenleaf Landscapes (Pty) Ltd', 'Emkhondo', '2012', '2015', 'affecting',
              bullets=['Planting and irrigation at shopping centres and office parks']),
            E('Construction General Worker', 'Masakhane Builders', 'Emkhondo', '2009', '2011', 'none',
              bullets=['Mixing concrete, helping the bricklayers, on RDP housing projects']),
            E('Taxi Marshal', 'Emkhondo Taxi Association', 'Emkhondo', '2007', '2008', 'facing',
              'in_person_service', bullets=['Loading passengers and keeping the queue at the rank']),
        ]),
        ('text', 'Education', 'Grade 12, Emkhondo Combined School (2006)'),
        ('text', 'References', 'Mrs J. Pretorius 083 555 0193'),
    ]))

# ------------------------------------------------------------------ w029
R.append(dict(
    file='w029.docx', renderer='docx',
    family='West Australian solar installer, window-cleaning sole trader, FIFO trades assistant, family fencing; contact in Word page header',
    layout='docx, header/pipe, mon / \'Current\'',
    o=dict(layout='header', hdr='pipe', ds='mon', pw='Current', sep=' – ', manual_bul='>'),
    name='Brayden Ashcroft',
    contact=['Tindal Creek WA', '0421 555 688', 'brayden.ashcroft@mailbox.com.au'],
    blocks=[
        ('jobs', 'Work History', [
            E('Solar Installer', 'SunPeak Energy', 'Tindal Creek', '2022-10', 'present', 'facing', 'other_facing',
              bullets=['Roof mounting, panel and inverter installs on homes, 1-2 systems a day',
                       'Walk the customer through the inverter app and isolators at handover']),
            E('Window Cleaner', 'Crystal Clear Windows', 'Tindal Creek', '2019-01', '2022-09', 'facing',
              'entrepreneurial_freelance', etype='freelance', orgx=' (sole trader)', bullets=[
                  'Residential and shopfront windows, gutter clean-outs, pressure washing',
                  'Round of about 70 regulars; quoting, invoicing by app and chasing payments']),
            E('Trades Assistant (FIFO)', 'Redrock Mining Services', 'Karinya mine site', '2016-03', '2018-12', 'none',
              bullets=['TA to mechanical fitters on a processing plant shutdown crew, 2 and 1 roster']),
            E('Fencing Labourer', 'Ashcroft Fencing', 'Tindal Creek', '2013', '2016', 'none', orgx=' (family business)'),
        ]),
        ('list', 'Tickets', ['White card', 'Working at heights', 'EWP (yellow card)', 'C class licence']),
        ('text', 'References', 'On request'),
    ]))

# ------------------------------------------------------------------ w030
R.append(dict(
    file='w030.md', renderer='md',
    family='Romanian-born cleaner in England: holiday-let changeovers, contract night cleaning, hand car wash, relocation break, village shop; Markdown',
    layout='md, bold/dash, mm.yyyy / \'present\'',
    o=dict(hdr='dash', dash='–', ds='mm.yyyy', pw='present', sep=' – ', rjoin=' · ', bul='-'),
    name='Ioana Popescu',
    contact=['Greyhaven, Cornwall', '07385 555 129', 'ioana.popescu@mailbox.eu', 'Settled status'],
    blocks=[
        ('summary', 'Profile', 'Hard-working and careful cleaner, used to working alone and at night. I have two '
         'jobs at the moment and want one full-time job as housekeeping supervisor.'),
        ('jobs', 'Experience', [
            E('Changeover Cleaner', 'Harbourside Holiday Lets', 'Greyhaven', '2023-05', 'present', 'affecting',
              orgx=' (part-time)', bullets=[
                  'Turn around holiday cottages between guests on Fridays and Saturdays, 3–5 properties a day',
                  'Laundry, restocking welcome packs, reporting damage with photos to the office']),
            E('Night Cleaner', 'Brightwell Facilities', 'Greyhaven Distribution Park', '2020-10', 'present',
              'affecting', bullets=['22:00–06:00, offices and canteen at a parcel hub (contract)',
                                    'Scrubber dryer, toilets, waste']),
            E('Car Valeter', 'Greyhaven Hand Car Wash', 'Greyhaven', '2019-06', '2020-09', 'facing',
              'in_person_service', bullets=['Hand wash and interior valet', 'Took keys and payment from drivers']),
            E('Relocation to the UK and English course', None, None, '2019-01', '2019-05', 'none', etype='unknown'),
            E('Shop Assistant', 'Magazin Mixt Nr. 3', 'Valea Morii, Romania', '2015', '2018', 'facing',
              'in_person_service', bullets=['Village shop: serving, till, stock orders']),
        ]),
        ('text', 'Education', 'Liceul Tehnologic, Valea Morii – baccalaureate (2014)'),
        ('text', 'Languages', 'Romanian (native), English (B1), Italian (basic)'),
    ]))
