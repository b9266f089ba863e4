"""w001–w015."""
from lib import E

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    file='w001.pdf', renderer='reportlab',
    family='UK mobile hairdresser, self-employed after salon years, Word-to-PDF single column',
    layout='reportlab, single/title_org, mon / \'Present\'',
    o=dict(layout='single', hdr='title_org', ds='mon', pw='Present', sep=' – ', fs=10),
    name='Kerry-Ann Pidgeon',
    contact=['14 Mill Race Close, Hollinbrook HB4 2RT', '07700 914 228', 'kerryann.pidgeon@mailbox.co.uk'],
    blocks=[
        ('summary', 'Profile', 'Qualified hairdresser (NVQ Level 3) with 14 years behind the chair, the last six running '
         'my own mobile round. Looking to go back into a salon part-time as my round gets smaller.'),
        ('jobs', 'Experience', [
            E('Mobile Hairdresser', 'Kerry-Ann Hair', 'Hollinbrook & villages', '2020-09', 'present',
              'facing', 'entrepreneurial_freelance', etype='freelance', orgx=' (self-employed)', bullets=[
                  'Cut, colour and set for a regular book of about 60 clients, a lot of them housebound or in sheltered housing',
                  'Take bookings by text and Facebook and plan my rounds village by village to keep the mileage down',
                  'Patch test 48 hours before every colour and keep a record card for each client',
                  'Do my own books and self-assessment']),
            E('Senior Stylist', 'Mirrors Hair Studio', 'Hollinbrook', '2014-04', '2020-08', 'facing',
              'in_person_service', bullets=[
                  'Own column of clients, mainly colour correction and restyles',
                  'Trained two apprentices through their Level 2',
                  'Ran the salon on Saturdays when the owner was off - opening up, cashing up, dealing with any complaints']),
            E('Apprentice Hairdresser', 'Mirrors Hair Studio', 'Hollinbrook', '2012-09', '2014-03', 'facing',
              'in_person_service', etype='internship', bullets=[
                  'Shampooing, blow-drys, sweeping up and covering reception',
                  'Tuesday model nights for my cutting assessments']),
            E('Saturday Sales Assistant', "Petal & Stem Florist", 'Hollinbrook', '2010-05', '2012-07', 'facing',
              'in_person_service'),
        ]),
        ('list', 'Qualifications', ['NVQ Level 3 Hairdressing - Hollinbrook College (2014)',
                                    'NVQ Level 2 Hairdressing (2013)', 'Full clean driving licence, own car']),
        ('text', 'References', 'Available on request'),
    ]))

# ------------------------------------------------------------------ w002
R.append(dict(
    file='w002.docx', renderer='docx',
    family='Welsh domestic electrician, sole trader after new-build and commercial work, Word heading styles',
    layout='docx, styles/title_org, month / \'Present\'',
    o=dict(layout='styles', hdr='title_org', ds='month', pw='Present', sep=' – '),
    name='Gareth Pryce',
    contact=['Llanfedw, Powys', '07811 402 765', 'gareth@mailbox.wales'],
    blocks=[
        ('summary', 'About me', 'Fully qualified electrician (18th Edition, 2391 inspection and testing). I have '
         'run my own domestic business for the past few years and am now looking for an employed position '
         'with a maintenance or service team - steady hours suit my family better.'),
        ('jobs', 'Work History', [
            E('Electrician', 'Pryce Electrical', 'Llanfedw', '2019-01', 'present', 'facing',
              'entrepreneurial_freelance', etype='freelance', orgx=' (sole trader)', bullets=[
                  'Domestic rewires, consumer unit changes, EV charger installs and fault finding',
                  'Price every job on site with the homeowner and talk them through what needs doing and why',
                  'Registered with a competent person scheme; issue EICs and minor works certs',
                  'Nearly all work comes through word of mouth and reviews on a local trades site']),
            E('Approved Electrician', 'Castell Building Services Ltd', 'Aberwenn', '2014-06', '2018-12', 'none',
              bullets=['Second fix on new-build estates for a regional housebuilder',
                       'Testing completed plots before handover to the site manager',
                       'Looked after a second-year apprentice']),
            E('Apprentice Electrician', 'Castell Building Services Ltd', 'Aberwenn', '2010-09', '2014-05', 'none',
              etype='internship', bullets=[
                  'Four-year apprenticeship, day release at Aberwenn College',
                  'Mostly commercial fit-outs - two schools and a leisure centre. Containment, tray, pulling cable']),
            E('Kitchen Porter', 'The Drovers Arms', 'Llanfedw', '2009-06', '2010-08', 'affecting'),
        ]),
        ('list', 'Tickets & Training', ['City & Guilds 2365 Levels 2 and 3', 'NVQ Level 3 Electrotechnical',
                                        '18th Edition (BS 7671)', '2391-52 Inspection & Testing', 'CSCS Gold Card']),
        ('text', 'Other', 'Full driving licence. Welsh speaker.'),
    ]))

# ------------------------------------------------------------------ w003
R.append(dict(
    file='w003.pdf', renderer='fpdf',
    family='Filipino massage therapist: Gulf day spa, cruise contracts, home-service app, fpdf2 centred header',
    layout='fpdf2, centred/title_org, month / \'Present\'',
    o=dict(layout='centred', hdr='title_org', ds='month', pw='Present', sep=' - ', caps=True, fs=9.5),
    name='Maricel B. Ocampo',
    contact=['Blk 7 Lot 12 Villa Esperanza, Pandayan City', '+63 917 555 0184', 'maricel.ocampo@mailbox.ph',
             'Currently in Marjan Bay, UAE (transferable visa)'],
    blocks=[
        ('summary', 'Objective', 'To secure a position as Spa Therapist in a 5-star hotel or resort where I can use my '
         '7 years experience in wellness and give quality service to guests.'),
        ('jobs', 'Work Experience', [
            E('Massage Therapist', 'Lotus Cove Wellness Spa', 'Marjan Bay, UAE', '2022-02', 'present', 'facing',
              'in_person_service', bullets=[
                  'Perform Swedish, deep tissue, hot stone and foot reflexology, 6 to 8 guests per shift',
                  'Consult each guest before treatment on pressure, areas to avoid and any health condition',
                  'Prepare treatment rooms, change linen and restock oils between appointments']),
            E('Spa Therapist', 'Ocean Meridian Cruises', 'on board', '2019-07', '2021-09', 'facing',
              'in_person_service', orgx=' (3 contracts)', bullets=[
                  'Body treatments and massage for passengers on 7 to 10 night itineraries',
                  'Sold retail products and treatment packages; top 3 in spa revenue on two contracts',
                  'Gave spa tours to guests on embarkation day']),
            E('Home Service Massage Therapist', 'HomeTouch app', 'Pandayan City', '2017-03', '2019-05', 'facing',
              'in_person_service', etype='freelance', orgx=' (freelance)', bullets=[
                  'Accepted bookings through the app and travelled to clients\' condos and houses',
                  'Maintained 4.9 star rating over 900+ bookings']),
            E('Laundry Attendant', 'Casa Verde Resort', 'San Isidro Beach', '2015-06', '2017-02', 'affecting',
              bullets=['Washing, drying and pressing of guest and F&B linen',
                       'Counting soiled linen from housekeeping and issuing clean par stock']),
        ]),
        ('list', 'Trainings & Certificates', ['NC II Massage Therapy (2016)', 'Spa Aromatherapy Workshop (2019)',
                                              'Basic Safety Training / STCW (2019)']),
        ('kv', 'Personal Information', [('Date of Birth', '14 March 1993'), ('Civil Status', 'Single'),
                                        ('Height', '5\'2"'), ('Religion', 'Roman Catholic')]),
        ('text', 'Character Reference', 'Available upon request.'),
    ]))

# ------------------------------------------------------------------ w004
R.append(dict(
    file='w004.txt', renderer='txt',
    family='US handyman with his own LLC, apartment maintenance before that, plain text with year-only dates',
    layout='txt, underline/dash, year / \'Present\'',
    o=dict(hdr='dash', dash='-', sep='-', pw='Present', hstyle='underline', bul='*', rjoin='   ', contact_lines=True,
           name_caps=True),
    name='Dale R. Kowalczyk',
    contact=['Millbrook Falls, MN 55392', '(763) 555-0147', 'dale.kowalczyk@mailbox.net'],
    blocks=[
        ('summary', 'Summary', '20 years working with my hands. Own a small handyman business, looking to go back to '
         'a full time maintenance job with benefits.'),
        ('jobs', 'Work Experience', [
            E('Handyman / Owner', 'D.K. Home Repair LLC', 'Millbrook Falls MN', '2016', 'present', 'facing',
              'entrepreneurial_freelance', etype='freelance', bullets=[
                  'small jobs for homeowners and landlords - drywall patch, doors, decks, faucets, disposals, TV mounting',
                  'I give a written estimate before starting and clean up after',
                  'about 40% repeat customers, lot of them seniors']),
            E('Maintenance Technician', 'Pine Hollow Apartments', 'Coon Lake MN', '2011', '2016', 'facing',
              'other_facing', bullets=[
                  'work orders for 220 units. plumbing, appliances, HVAC filters, make-readys on turnovers',
                  'on call rotation for after hours emergencies',
                  'residents would stop me in the hallway with problems, I would write it up or fix it on the spot']),
            E('Assembler', 'Northstar Trailer Co.', 'Elk Prairie MN', '2007', '2011', 'none', bullets=[
                'welded and bolted frames on the utility trailer line, 2nd shift']),
            E('Laborer', 'Kessler Concrete', 'Elk Prairie MN', '2005', '2007', 'none', bullets=[
                'forms, pours and finishing flatwork on commercial lots']),
        ]),
        ('list', 'Skills', ['Carpentry, basic plumbing and electrical', 'EPA 608 Universal', 'Own truck and tools']),
        ('text', 'Education', 'Elk Prairie High School, diploma'),
    ]))

# ------------------------------------------------------------------ w005
R.append(dict(
    file='w005.docx', renderer='docx',
    family='Australian dog groomer (salon, mobile van assistant, kennels, dog walking, undated foster volunteering), Word tab-stop dates',
    layout='docx, tabs/title_org, mon / \'Current\' (one undated)',
    o=dict(layout='tabs', hdr='title_org', ds='mon', pw='Current', sep=' – ', caps=True, date_italic=False),
    name='Tahlia Brennan',
    contact=['Kurrawong Heads NSW', '0412 555 873', 'tahlia.brennan@mailbox.com.au'],
    blocks=[
        ('summary', None, 'Cert III Companion Animal Services, Cert IV Dog Grooming. Calm with nervous and elderly dogs.'),
        ('jobs', 'Employment', [
            E('Dog Groomer', 'Scruffs to Fluffs Grooming', 'Kurrawong Heads', '2021-06', 'present', 'facing',
              'in_person_service', bullets=[
                  'Full grooms, breed trims and hand-stripping, usually 8–10 dogs a day',
                  'Check dogs in with their owners at drop-off, go through the cut they want and let them know about any skin or ear problems I find',
                  'Nail clips and ear cleans for walk-ins']),
            E("Bather / Groomer's Assistant", 'Pampered Paws Mobile Grooming', 'Port Yallan', '2019-02', '2021-05',
              'affecting', bullets=[
                  'Bathed, dried and brushed out dogs in the van before the groomer did the trim',
                  'Cleaned and disinfected the van and tubs between jobs']),
            E('Kennel Hand', 'Kurrawong Boarding Kennels', 'Kurrawong Heads', '2017-03', '2019-01', 'affecting',
              bullets=['Feeding, cleaning runs and giving medications as per the care sheets',
                       'Exercising boarders twice a day']),
            E('Dog Walker', None, 'Kurrawong Heads', '2015', '2017', 'facing', 'entrepreneurial_freelance',
              etype='freelance', orgx='', bullets=[
                  'Own little business while studying - picked up keys and sorted walk times with 6 regular owners']),
        ]),
        ('jobs', 'Volunteering', [
            E('Foster Carer', 'Coastside Animal Rescue', None, None, None, 'facing', 'volunteering',
              section='volunteer', etype='volunteer', bullets=[
                  'Foster puppies and older dogs until they are adopted',
                  'Bring them along to adoption days and chat to families who are interested']),
        ]),
        ('text', 'Referees', 'Available on request'),
    ]))

# ------------------------------------------------------------------ w006
R.append(dict(
    file='w006.pdf', renderer='reportlab',
    family='Canadian personal trainer and group fitness instructor, warehouse before, reportlab shaded sidebar',
    layout='reportlab, sidebar/title_org, mm/yyyy / \'Present\'',
    o=dict(layout='sidebar', hdr='title_org', ds='mm/yyyy', pw='Present', sep=' – ', fs=9.8, letter=True,
           accent=(0.05, 0.35, 0.35), side_rgb=(0.88, 0.94, 0.93)),
    name='Jordan Okafor-Reid',
    contact=['Fenwick, ON', '(905) 555-0163', 'jordan.okaforreid@mailbox.ca', 'IG: @jor.trains'],
    side=[('list', 'Certifications', ['Certified Personal Trainer (2021)', 'Standard First Aid + CPR-C',
                                      'Spin instructor level 1', 'Pre/post-natal fitness module']),
          ('list', 'Skills', ['Program design', 'Fitness assessments', 'Mobility & injury prevention',
                              'Sales of training packs', 'English, Igbo'])],
    blocks=[
        ('summary', 'Profile', 'Trainer who likes working with beginners and people coming back after an injury. '
         'Looking for a full-time PT role with a clinic or community gym.'),
        ('jobs', 'Experience', [
            E('Personal Trainer', 'IronLeaf Fitness', 'Fenwick, ON', '2022-09', 'present', 'facing',
              'in_person_service', bullets=[
                  '25–30 one-on-one sessions a week with clients from teenagers to post-rehab seniors',
                  'Run fitness assessments, write programs and check in with clients between sessions on the app',
                  'Floor shifts: spot, correct form, sell intro packs to new members']),
            E('Group Fitness Instructor', 'City of Fenwick Recreation', 'Fenwick, ON', '2021-01', '2023-08', 'facing',
              'in_person_service', orgx=' (part-time)', bullets=['Taught spin and bootcamp classes of up to 30 people, mornings and Saturdays']),
            E('Warehouse Associate', 'ParcelWay Logistics', 'Brant Corners, ON', '2018-05', '2020-12', 'affecting',
              bullets=['Picked and packed online orders with an RF scanner, 150+ lines an hour',
                       'Trained new hires on the pick path']),
            E('Lifeguard & Swim Instructor', 'City of Fenwick Recreation', 'Fenwick, ON', '2017-06', '2017-08',
              'facing', 'education', dt='Summer 2017', bullets=['Taught swim levels to kids aged 5–12; guarded public swims']),
        ]),
        ('text', 'Education', 'Fitness and Health Promotion diploma — Lakeshore College, 2021'),
    ]))

# ------------------------------------------------------------------ w007
R.append(dict(
    file='w007.html', renderer='html',
    family='Indian beautician: salon, ladies parlour, freelance bridal make-up, tailoring helper; job-portal HTML with till date',
    layout='html, plain/title_org, mon\'yy / \'till date\'',
    o=dict(hdr='title_org', ds='monapos', pw='till date', sep=' to ', doc_title='Resume'),
    name='Pooja R. Shetty',
    contact=['Navapur, Maharashtra', '+91 98220 55413', 'pooja.shetty@mailbox.in'],
    blocks=[
        ('summary', 'Career Objective', 'Seeking a position of Senior Beautician / Salon Supervisor in a reputed '
         'salon where I can utilise my skills and grow with the organisation.'),
        ('jobs', 'Work Experience', [
            E('Senior Beautician', 'Glow Lounge Unisex Salon', 'Navapur', '2021-08', 'present', 'facing',
              'in_person_service', bullets=[
                  'Facials, waxing, threading, clean-ups, hair spa and bridal make-up',
                  'Handling walk-in clients and appointments when reception is busy',
                  'Suggesting packages to regular clients; achieved monthly service target 9 out of 12 months']),
            E('Beautician', 'Roopam Beauty Parlour', 'Navapur', '2018-03', '2021-07', 'facing', 'in_person_service',
              prose=True, bullets=['Worked in a ladies parlour doing threading, waxing, manicure, pedicure and mehndi for functions.',
                                   'Also managed the parlour when madam was out of station.']),
            E('Freelance Bridal Make-up Artist', 'Self', 'Navapur & nearby', '2019', 'present', 'facing',
              'entrepreneurial_freelance', etype='freelance', bullets=[
                  'Bridal, engagement and party make-up at clients\' homes and marriage halls',
                  'Bookings through Instagram page and references, 40+ brides till now']),
            E('Tailoring Helper', 'Shree Ganesh Ladies Tailors', 'Navapur', '2016-06', '2018-02', 'affecting', bullets=[
                'Hand finishing, hemming, hooks and buttons for blouses and salwar suits',
                'Master did the measurements, I did the finishing work in the back']),
        ]),
        ('list', 'Qualification', ['B.Com (2016) - Navapur Arts & Commerce College',
                                   'Diploma in Cosmetology (2017)']),
        ('kv', 'Personal Details', [('Date of Birth', '02/11/1995'), ('Languages', 'Marathi, Hindi, English, Kannada'),
                                    ('Marital Status', 'Married')]),
        ('text', 'Declaration', 'I hereby declare that the above information is true to the best of my knowledge.'),
    ]))

# ------------------------------------------------------------------ w008
R.append(dict(
    file='w008.docx', renderer='docx',
    family='South African domestic worker, contract night cleaner and poultry general worker, Word table per job, year-only recent job',
    layout='docx, table/title_org, month / \'Present\'',
    o=dict(layout='table', hdr='title_org', ds='month', pw='Present', sep=' - ', caps=True, font='Arial'),
    name='Nomvula Precious Mahlangu',
    contact=['Eastfield Ext 4, Gauteng', '072 555 3190', 'nomvula.mahlangu@mailbox.co.za'],
    blocks=[
        ('kv', 'Personal Details', [('ID No.', 'available on request'), ('Languages', 'isiZulu, Sesotho, English'),
                                    ('Drivers licence', 'No')]),
        ('jobs', 'Work Experience', [
            E('Domestic Worker', 'Private household (Mr & Mrs Venter)', 'Eastfield', '2015', 'present', 'facing',
              'in_person_service', bullets=[
                  'Cleaning, washing and ironing for a family of five',
                  'Looking after the two younger children after school and helping with homework',
                  'Cooking supper Monday to Friday']),
            E('Cleaner (Night Shift)', 'Shine-Rite Contract Cleaning', 'Eastfield', '2011-03', '2014-11', 'affecting',
              bullets=['Cleaning offices and ablutions at a bank head office after hours',
                       'Mopping and buffing floors, emptying bins, filling up toilet paper']),
            E('General Worker', 'Bakwena Poultry', 'Modderspruit', '2009-01', '2011-02', 'none',
              bullets=['Packing chicken portions on the line', 'Cleaning the plant at end of shift']),
        ]),
        ('jobs', 'Volunteer Work', [
            E('Volunteer', 'Eastfield Methodist Soup Kitchen', 'Eastfield', '2018', '2020', 'facing', 'volunteering',
              section='volunteer', etype='volunteer', bullets=['Serving meals to the homeless on Saturdays']),
        ]),
        ('text', 'Education', 'Grade 11 - Thuto-Bokamoso Secondary School (2007)'),
        ('text', 'References', 'Mrs A. Venter - 082 555 7745\nMr T. Khumalo (Supervisor, Shine-Rite) - 011 555 2031'),
    ]))

# ------------------------------------------------------------------ w009
R.append(dict(
    file='w009.pdf', renderer='fpdf',
    family='Scottish gas engineer / plumber: service calls, self-employed, pipefitting, council apprenticeship; fpdf2 left header',
    layout='fpdf2, left/org_title, mm/yyyy / \'Present\'',
    o=dict(layout='left', hdr='org_title', ds='mm/yyyy', pw='Present', sep=' – ', fs=9.5, head_rgb=(20, 80, 40)),
    name='Stuart McAllister',
    contact=['Kilbrannock, Ayrshire', '07723 555 610', 'stuart.mcallister@mailbox.scot',
             'Gas Safe registered · Full UK driving licence'],
    blocks=[
        ('jobs', 'Employment', [
            E('Gas Service Engineer', 'Hearth & Home Heating Ltd', 'Kilbrannock', '2020-03', 'present', 'facing',
              'other_facing', bullets=[
                  'Annual boiler services and breakdowns in customers\' homes, 6–8 calls a day',
                  'Explain faults and repair options to the customer and take payment on the doorstep',
                  'Landlord gas safety certificates for letting agents']),
            E('Plumber', 'McAllister Plumbing', 'Kilbrannock', '2016-06', '2020-02', 'facing',
              'entrepreneurial_freelance', etype='freelance', orgx=' (self-employed)', bullets=[
                  'Bathroom refits, leaks, cylinder swaps for private householders',
                  'Quoting, ordering materials and invoicing']),
            E('Pipefitter', 'Clydeside Process Engineering', 'Port Ardrie', '2012-08', '2016-05', 'none', bullets=[
                'Stainless and carbon steel pipework on a distillery expansion and a paper mill shutdown']),
            E('Modern Apprentice Plumber', 'Kilbrannock Council Building Services', 'Kilbrannock', '2008-08',
              '2012-07', 'facing', 'other_facing', etype='internship', bullets=[
                  'Council house repairs alongside a journeyman. Tenants were in for most jobs so you learn quick how to talk to people']),
        ]),
        ('list', 'Qualifications', ['SVQ Level 3 Plumbing and Heating', 'ACS: CCN1, CENWAT, HTR1, CKR1',
                                    'Unvented hot water (G3)']),
        ('text', 'Interests', 'Hillwalking, five-a-side on a Thursday.'),
    ]))

# ------------------------------------------------------------------ w010
R.append(dict(
    file='w010.txt', renderer='txt',
    family='Irish barber, very plain CV typed on a phone: chair rental, lockdown traineeship, deli counter',
    layout='txt, colon/dash, mon / \'present\'',
    o=dict(hdr='dash', dash='-', ds='mon', pw='present', sep=' - ', hstyle='colon', bul='', rjoin=' ... ',
           cjoin=' / '),
    name='Cian Mulcahy',
    contact=['Ballycarrig Co. Mayo', '087 555 2291', 'cianmulcahy@mailbox.ie'],
    blocks=[
        ('jobs', 'Work', [
            E('Barber', 'Fade Bros Barbers', 'Ballycarrig', '2022-10', 'present', 'facing', 'in_person_service',
              bullets=['walk in shop, skin fades, beards, kids cuts']),
            E('Barber (chair rental)', 'Kings Cut', 'Ballycarrig', '2021-01', '2022-09', 'facing',
              'entrepreneurial_freelance', etype='freelance', bullets=[
                  'was self employed renting a chair, built up my own clients off instagram']),
            E('Trainee Barber', 'Kings Cut', 'Ballycarrig', '2020-03', '2020-12', 'facing', 'in_person_service',
              etype='internship', bullets=['learned on models, sweeping up, answering the phone. shop was shut a lot with lockdown']),
            E('Deli Assistant', "Quinlan's Foodstore", 'Ballycarrig', '2017', '2020', 'facing', 'in_person_service',
              bullets=['part time while in school, deli counter, rolls and hot food, till']),
        ]),
        ('text', 'School', 'Leaving Cert 2019 St. Colman\'s Community School'),
        ('text', 'Other', 'Full licence. References on request'),
    ]))

# ------------------------------------------------------------------ w011
R.append(dict(
    file='w011.docx', renderer='docx',
    family='US mobile mechanic (owner-operator) after dealership technician and lube tech jobs, contact in the Word page header',
    layout='docx, header/title_org, mm/yyyy / \'Present\'',
    o=dict(layout='header', hdr='title_org', ds='mm/yyyy', pw='Present', sep=' - ', caps=True, font='Cambria'),
    name='Luis A. Ferreira',
    contact=['Cedar Ridge, TX', '(512) 555-0199', 'luis.ferreira@mailbox.us'],
    blocks=[
        ('summary', 'Summary', 'ASE-certified technician, 11 years in automotive repair. Runs a mobile repair '
         'business; seeking a shop foreman or fleet technician role.'),
        ('jobs', 'Experience', [
            E('Mobile Mechanic', 'Ferreira Mobile Auto', 'Cedar Ridge, TX', '2021-04', 'present', 'facing',
              'entrepreneurial_freelance', etype='freelance', orgx=' (owner-operator)', bullets=[
                  'Brakes, batteries, starters, alternators and diagnostics in customers\' driveways and work parking lots',
                  'Quote over the phone from photos and confirm the price with the customer before starting',
                  'Handle fleet maintenance for two local landscaping companies']),
            E('Automotive Technician', 'Lone Oak Motors', 'Bastrop Springs, TX', '2015-06', '2021-03', 'affecting',
              bullets=['Diagnosed and repaired customer vehicles from repair orders written up by service advisors',
                       'ASE A5 brakes, A4 suspension, A6 electrical', 'Flat rate, averaged 135% efficiency']),
            E('Lube Technician', 'Pit Stop Lube & Tire', 'Cedar Ridge, TX', '2013-01', '2015-05', 'facing',
              'in_person_service', bullets=['Oil changes, tire rotations, wiper and filter replacement',
                                            'Walked customers through the multipoint inspection in the bay']),
            E('Line Cook', 'Taqueria El Nopal', 'Cedar Ridge, TX', '2011', '2012', 'affecting'),
        ]),
        ('text', 'Education & Certifications', 'Automotive Technology certificate, Hill Country Community College '
         '(2013)\nASE A4, A5, A6, A8 · EPA 609'),
    ]))

# ------------------------------------------------------------------ w012
R.append(dict(
    file='w012.pdf', renderer='reportlab',
    family='Australian cleaner: own home-cleaning business, contract night cleaning, motel housekeeping; reportlab two-column header',
    layout='reportlab, twocolhead/title_org, month / \'Current\'',
    o=dict(layout='twocolhead', hdr='title_org', ds='month', pw='Current', sep=' to ', fs=10, caps=True,
           accent=(0.5, 0.1, 0.3)),
    name='Mei Lin Tran',
    contact=['Bellwater VIC 3977', '0433 555 902', 'meilin.tran@mailbox.com.au', 'ABN registered'],
    blocks=[
        ('jobs', 'Work Experience', [
            E('Owner / Cleaner', 'Sparkle & Co Home Cleaning', 'Bellwater', '2020-07', 'present', 'facing',
              'entrepreneurial_freelance', etype='freelance', bullets=[
                  'Weekly and fortnightly cleans for 22 households, plus end-of-lease cleans for two real estate agencies',
                  'Meet new clients for a walk-through and quote; keep a notes book for every house (pets, alarm codes, what they like done)',
                  'Employ one casual cleaner on Saturdays']),
            E('Commercial Cleaner (night shift)', 'CleanGuard Facility Services', 'Bellwater', '2016-03', '2020-06',
              'affecting', bullets=['Cleaned three office floors and a medical centre after hours, 10pm to 4am',
                                    'Floor scrubber, restroom restocking, waste and recycling']),
            E('Housekeeper', 'Bellwater Lakeside Motel', 'Bellwater', '2014-01', '2016-02', 'affecting', bullets=[
                'Serviced 14–16 rooms a shift, check-outs and stayovers', 'Laundry and linen par levels']),
            E('Kitchen Hand', 'Golden Lotus Restaurant', 'Dandenong Creek', '2011', '2013', 'affecting'),
        ]),
        ('list', 'Certificates', ['Police check (current)', 'Working with Children Check', 'First Aid (HLTAID011)']),
        ('text', 'Languages', 'English, Vietnamese'),
    ]))

# ------------------------------------------------------------------ w013
R.append(dict(
    file='w013.md', renderer='md',
    family='English removals team leader and porter, storage warehouse and agency labouring; Markdown with h3 roles',
    layout='md, h3/title_org, mon / \'Present\'',
    o=dict(hdr='title_org', ds='mon', pw='Present', sep=' – ', h3=True, rjoin=' — ', date_italic=True),
    name='Dean Whitlock',
    contact=['Brackenford, Northants', '07966 555 318', 'dean.whitlock@mailbox.co.uk', 'C1 licence'],
    blocks=[
        ('summary', 'About', 'Ten years in removals. Reliable, strong, good with customers on stressful days. '
         'Looking for a driver / team leader job with a bigger firm.'),
        ('jobs', 'Work history', [
            E('Removals Team Leader', 'Cartwright & Sons Removals', 'Brackenford', '2019-02', 'present', 'facing',
              'other_facing', bullets=[
                  'Lead a crew of 3-4 on house moves, mostly local, some long distance and the odd one to Scotland',
                  'First through the door in the morning - walk round with the customer, agree what goes first, what\'s fragile and what\'s staying',
                  'Packing, wrapping, taking apart and rebuilding furniture',
                  'Drive the 7.5 tonne']),
            E('Removals Porter', 'Cartwright & Sons Removals', 'Brackenford', '2016-03', '2019-01', 'facing',
              'other_facing', bullets=['Packing, carrying and loading', 'Piano and safe moves with the specialist team']),
            E('Warehouse Operative', 'Brackenford Self Store & Containers', 'Brackenford', '2014', '2016', 'affecting',
              bullets=['Loading customers\' containers into racking with the counterbalance', 'Stock checks']),
            E('Labourer', 'Tradeforce Recruitment', None, '2012', '2014', 'none', orgx=' (agency, various sites)'),
        ]),
        ('list', 'Tickets', ['C1 licence with CPC', 'Counterbalance forklift', 'Manual handling trainer']),
    ]))

# ------------------------------------------------------------------ w014
R.append(dict(
    file='w014.docx', renderer='docx',
    family='Indian electrician on a home-services app, earlier construction wiring and ITI apprenticeship, Word heading styles',
    layout='docx, styles/dateline, mon. / \'Present\'',
    o=dict(layout='styles', hdr='dateline', ds='mon.', pw='Present', sep=' – ', font='Times New Roman'),
    name='Md. Irfan Shaikh',
    contact=['Sonpura, Gujarat', '+91 99090 55127', 'irfan.shaikh@mailbox.in'],
    blocks=[
        ('summary', 'Objective', 'To work as a Maintenance Electrician in a hotel, hospital or facility company.'),
        ('jobs', 'Experience', [
            E('Service Technician (Electrical)', 'UrbanFix Home Services', 'Sonpura', '2022-08', 'present', 'facing',
              'other_facing', bullets=[
                  'Attending 5–7 home service bookings daily – fan and light installation, switchboard repair, inverter wiring',
                  'Explaining the problem and rate card to customer before starting the work',
                  'Maintaining 4.8 rating on the partner app']),
            E('Electrician', 'Sai Shakti Electricals', 'Sonpura', '2017-06', '2022-07', 'none', bullets=[
                'Wiring of residential buildings under construction – conduiting, DB fitting, earthing',
                'Panel wiring at industrial estate units']),
            E('Apprentice (Electrician trade)', 'Sonpura Municipal Transport Workshop', 'Sonpura', '2015-07', '2016-06',
              'none', etype='internship', bullets=['One year apprenticeship after ITI – bus lighting, batteries, alternator work']),
            E('Counter Helper', 'Shaikh Electric Stores', 'Sonpura', '2012', '2015', 'facing', 'in_person_service',
              bullets=['Family shop – selling wire, switches, bulbs and fans at the counter']),
        ]),
        ('list', 'Qualification', ['ITI Electrician (NCVT), 2015', 'S.S.C., 2012', 'Wireman licence']),
        ('kv', 'Personal Details', [('Father\'s Name', 'Md. Yusuf Shaikh'), ('Languages', 'Gujarati, Hindi, Urdu')]),
        ('text', 'Declaration', 'I hereby declare that all the details furnished above are true to the best of my knowledge.'),
    ]))

# ------------------------------------------------------------------ w015
R.append(dict(
    file='w015.pdf', renderer='fpdf',
    family='US pest control technician, landscape crew leader, orchard season and youth football coach; fpdf2 two pages with footer',
    layout='fpdf2, twopage/title_org, month / \'Present\'',
    o=dict(layout='left', hdr='title_org', ds='month', pw='Present', sep=' – ', fs=10.5, letter=True,
           footer='Terrence Holloway  |  Page {n}', break_before='Education & Licenses'),
    name='Terrence Holloway',
    contact=['Ashby Springs, GA 30658', '(706) 555-0121', 'terry.holloway@mailbox.com'],
    blocks=[
        ('summary', 'Professional Summary', 'Licensed pest control technician with a background in commercial '
         'grounds maintenance. Clean driving record, comfortable in crawl spaces and attics, and good at explaining '
         'things to homeowners. Seeking a route supervisor or commercial accounts position.'),
        ('jobs', 'Work Experience', [
            E('Pest Control Technician', 'Shield Pest Solutions', 'Ashby Springs, GA', '2019-03', 'present', 'facing',
              'other_facing', bullets=[
                  'Quarterly and one-time treatments on a route of around 18 homes and restaurants a day',
                  'Inspect, then explain findings and the treatment plan to homeowners and kitchen managers; answer the usual questions about kids and pets',
                  'Termite inspections for real-estate closings (WDI reports)',
                  'Top technician for renewals two years running']),
            E('Landscape Crew Leader', 'GreenScape Commercial Grounds', 'Conyers Mill, GA', '2014-04', '2019-02',
              'affecting', bullets=[
                  'Led a 4-man crew maintaining HOA common areas, office parks and a hospital campus',
                  'Mowing, edging, irrigation repairs and seasonal color installs',
                  'Kept the truck, trailer and equipment maintained and logged']),
            E('Seasonal Laborer', 'Hollis Orchards', 'Fort Hollis, GA', '2013-06', '2013-08', 'facing',
              'in_person_service', dt='Summer 2013', bullets=[
                  'Picked and packed peaches and helped on the grading line',
                  'Ran the roadside stand on weekends - sold fruit and took payment']),
            E('Dishwasher', "Miss Lottie's Kitchen", 'Ashby Springs, GA', '2011', '2013', 'affecting'),
        ]),
        ('jobs', 'Community', [
            E('Assistant Coach', 'Ashby Springs Youth Football', 'Ashby Springs, GA', '2016', 'present', 'facing',
              'volunteering', section='volunteer', etype='volunteer', bullets=[
                  '10U team, two practices a week and Saturday games', 'Keep parents updated through the team chat']),
        ]),
        ('list', 'Education & Licenses', ['Georgia Certified Commercial Pesticide Applicator (Category 35)',
                                          'Registered Employee card, Structural Pest Control',
                                          'Ashby County High School, diploma (2012)',
                                          'Valid Class C driver\'s license, clean MVR']),
        ('list', 'Skills', ['Customer education and retention', 'Termite baiting systems',
                            'Irrigation troubleshooting', 'Handheld routing software', 'Spanish (basic)']),
        ('text', 'References', 'Furnished upon request.'),
    ]))
