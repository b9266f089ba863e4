"""wild66 résumés w016–w030."""
from lib import E

R = []

R.append(dict(
    id="w016", fmt="fpdf", layout="centred", hs="title_org", ds="month", pw="Present", b="•",
    family="Scottish aesthetics practitioner and beauty lecturer, fpdf2 centred header, month dates",
    name="Fiona McAllister", contact=["Partick, Glasgow G11", "07700 900 664", "fiona.mcallister@mailbox.co.uk"],
    blocks=[
        ("para", "Personal Statement", "Beauty therapist turned aesthetic practitioner with teaching experience "
         "in further education. I am looking for a clinic lead role."),
        ("exp", "Employment History", [
            E("Aesthetic Practitioner", "Clyde Aesthetics Clinic", "Glasgow", "2023-01", "present",
              ["Consultations, skin assessments and consent for skin boosters and chemical peels",
               "Follow-up reviews with patients at two and six weeks"],
              "facing", "healthcare_care"),
            E("Lecturer in Beauty Therapy", "Clydebank College of Further Education", "Clydebank", "2019-08",
              "2022-12", ["Taught HNC Beauty Therapy practical and theory classes",
                          "Supervised the student salon open to the public on Thursdays"],
              "facing", "education"),
            E("Spa Therapist", "Seaview Spa Concessions", "At sea (cruise ships)", "2017-03", "2019-06",
              ["Three contracts on board; facials, massage and retail to cruise passengers"],
              "facing", "in_person_service"),
            E("Beauty Therapist", "Pure Radiance Beauty", "Paisley", "2014-09", "2017-02",
              ["Waxing, nails, facials and eyelash tinting"],
              "facing", "in_person_service"),
        ]),
        ("list", "Qualifications", ["Level 7 Certificate in Aesthetic Practice (2022)",
                                    "PDA Teaching Practice in Scotland's Colleges (2020)",
                                    "HND Beauty Therapy (2014)"]),
        ("para", "Interests", "Wild swimming and running the local parkrun."),
    ]))

R.append(dict(
    id="w017", fmt="txt", hs="dash", ds="mm/yyyy", pw="Present", sep=" to ", b="-", txt_h="underline",
    family="US beauty retail back-room worker moving to the sales floor, plain text, 'Title – Employer, Town' with mm/yyyy",
    name="Jasmine Okoro", contact=["Houston, TX 77036", "832-555-0148", "jas.okoro@mailbox.com"],
    blocks=[
        ("exp", "Work History", [
            E("Beauty Advisor", "Shimmer Beauty", "Houston, TX", "2025-02", "present",
              ["Help guests find skincare and makeup, do color matches and sign up loyalty members",
               "Restock testers and keep the prestige wall faced"],
              "facing", "in_person_service"),
            E("Back Room Associate", "Shimmer Beauty", "Houston, TX", "2023-06", "2025-01",
              ["Unload trucks and process shipments, damages and vendor returns in the stockroom",
               "Pull backstock to the floor before opening, 5am-11am"],
              "affecting", None),
            E("Fulfillment Associate", "GlowBox Direct", "Stafford, TX", "2022-03", "2023-05",
              ["Picked and packed subscription beauty boxes and online orders, 140 units/hr"],
              "affecting", None),
            E("Machine Operator", "Gulfline Plastics", "Pasadena, TX", "2020-01", "2022-02",
              ["Ran blow-molding machines for bottle preforms; changed molds, logged scrap"],
              "none", None),
            E("Cashier", "Bayou Drug & Variety", "Houston, TX", "2018-08", "2019-12",
              [], "facing", "in_person_service"),
        ]),
        ("para", "Education", "Alief Hastings High School, Diploma 2018"),
        ("para", "Skills", "Bilingual English/Igbo, POS, RF scanners, forklift certified (2021)"),
    ]))

R.append(dict(
    id="w018", fmt="rl", layout="plain", centre=True, hs="title_org", ds="month", pw="Till Date", b="-",
    footer="Curriculum Vitae of Blessing Amadi  |  Page {p}",
    family="Nigerian hair salon owner and braider, 2-page reportlab CV with page footer, year-only older dates",
    name="Blessing Ebere Amadi", contact=["Rumuokoro, Port Harcourt, Rivers State", "+234 806 555 3307",
                                          "blessing.amadi@mailbox.ng"],
    blocks=[
        ("para", "Career Objective", ["To apply my skills in hairdressing and salon management in an "
                                      "organisation that values excellence, hard work and client satisfaction.",
                                      "I am a God-fearing, honest and hardworking person who relates well "
                                      "with people of all backgrounds."]),
        ("list", "Personal Data", ["Sex: Female", "Nationality: Nigerian", "State of Origin: Imo State",
                                   "Languages: English, Igbo, Pidgin"]),
        ("list", "Educational Qualifications", ["NCE (Home Economics), Federal College of Education "
                                                "(Technical), Omoku – 2011", "SSCE – 2007"]),
        ("exp", "Work Experience", [
            E("CEO / Lead Stylist", "Braids & Beyond Studio", "Port Harcourt", "2019-02", "present",
              ["Knotless braids, locs, wig installation and revamping for clients",
               "Consult with each client on style, length and hair care before every appointment",
               "Train and supervise 4 apprentices", "Handle bookings on Instagram and WhatsApp",
               "Keep the studio account books and buy attachments and products from Lagos suppliers"],
              "facing", "entrepreneurial_freelance", et="freelance"),
            E("Salon Manager", "Glitz Unisex Salon", "Port Harcourt", "2016-03", "2019-01",
              ["Kept the stock book and ordered relaxers, attachments and products",
               "Staff attendance, daily cash reconciliation and weekly report to the owner"],
              "none", None),
            E("Hair Stylist", "Crown Royale Salon", "Aba", "2013", "2016", [
                "Retouching, weaving, braiding and pedicure for customers"],
              "facing", "in_person_service", prec="year"),
            E("Home Economics Teacher", "Community Secondary School, Omoku", "Rivers State", "2011", "2013",
              ["Taught JSS 1–3 Home Economics; form teacher for JSS 2"],
              "facing", "education", prec="year"),
            E("Hospitality Unit Member", "Living Faith Assembly", "Port Harcourt", "2017-01", "present",
              ["Ushering and welcoming first-timers at Sunday services"],
              "facing", "volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("list", "Skills and Competences", ["Knotless braids, Ghana weaving, cornrows and twists",
                                            "Wig making, ventilation and revamping", "Locs retwist and styling",
                                            "Relaxer, texturizer and treatments", "Salon stock control",
                                            "Training of apprentices", "Customer relations",
                                            "Microsoft Word and Excel (basic)"]),
        ("list", "Trainings and Workshops Attended", [
            "Advanced Wig Making Masterclass, Lagos – 2021",
            "Small Business Management Training, Rivers State Skills Acquisition Centre – 2019",
            "Hair and Scalp Care Workshop, Port Harcourt – 2018",
            "Customer Service Excellence Seminar – 2017"]),
        ("list", "Achievements", ["Grew Braids & Beyond Studio from one chair to a four-chair studio",
                                  "Trained over 20 apprentices who now run their own salons"]),
        ("list", "Hobbies", ["Reading", "Cooking", "Travelling"]),
        ("para", "Referees", ["Pastor (Mrs.) Nkechi Obi – Living Faith Assembly, Port Harcourt – 0803 555 2210",
                              "Mr. Ikenna Ubah – Proprietor, Glitz Unisex Salon – 0805 555 9914"]),
        ("para", "Declaration", "I hereby declare that all the information given above is true to the best "
         "of my knowledge."),
    ]))

R.append(dict(
    id="w019", fmt="docx", docx=["styles", "tabs", "listbullet", "h2title"], hs="title_org", ds="mon",
    pw="Current",
    family="Australian lash and brow artist, Word heading styles with Heading 2 titles and tab-stop dates",
    name="Mia Tran", contact=["Morley WA 6062", "0422 555 318", "mia.lashes@mailbox.com.au"],
    blocks=[
        ("para", "Summary", "Lash and brow artist, sole trader since 2022. Previously a dental assistant, so "
         "infection control is second nature."),
        ("exp", "Experience", [
            E("Lash & Brow Artist", "Mia Tran Lash Co. (sole trader)", "Perth WA", "2022-10", "present",
              ["Lash extensions, brow lamination and henna brows from a home studio",
               "Client consultations, patch tests and rebooking"],
              "facing", "entrepreneurial_freelance", et="freelance"),
            E("Brow Bar Technician", "Arch & Co Brow Bar", "Karrinyup WA", "2021-05", "2022-09",
              ["Threading and tinting at a shopping-centre kiosk; walk-ins all day"],
              "facing", "in_person_service"),
            E("Dental Assistant", "Bayswater Family Dental", "Bayswater WA", "2017-02", "2021-04",
              ["Chairside assisting; settled nervous patients and explained post-op care",
               "Sterilisation and instrument reprocessing"],
              "facing", "healthcare_care"),
            E("Kitchen Hand (casual)", "The Noodle Yard", "Northbridge WA", "2015-11", "2017-01",
              ["Dishwashing, prep and closing clean"],
              "affecting", None),
        ]),
        ("list", "Training", ["Certificate IV in Dental Assisting (2018)", "Lash Extension Accreditation (2021)"]),
    ]))

R.append(dict(
    id="w020", fmt="html", hs="title_org", ds="MON", pw="PRESENT",
    family="Filipino salon worker, HTML export from an online builder, capital-letter month dates",
    name="Rowena Bautista Cruz", contact=["Makati City", "0927 555 1183", "rowena.cruz@mailbox.ph"],
    css="body{font-family:Arial,sans-serif;margin:30px}h2{background:#6b2a5e;color:#fff;padding:3px}"
        ".r{margin-left:1em;font-size:.9em}.s{margin:0;color:#444}",
    blocks=[
        ("exp", "Employment Record", [
            E("Inventory and Purchasing Officer", "Salon Lorenza Group", "Makati City", "2023-01", "present",
              ["Consolidate product requests from 7 branches and issue purchase orders",
               "Reconcile supplier invoices and monthly stock counts; no branch duty"],
              "affecting", None),
            E("Hairdresser", "Salon Lorenza – Greenbelt Branch", "Makati City", "2019-06", "2022-12",
              ["Haircut, rebond, color and treatment for walk-in and regular clients"],
              "facing", "in_person_service"),
            E("Shampoo Assistant", "Salon Lorenza – Greenbelt Branch", "Makati City", "2018-02", "2019-05",
              ["Hair wash, head massage, blow-dry assist"],
              "facing", "in_person_service"),
            E("Email Support Associate", "ChatPoint Solutions", "Pasig City", "2016-08", "2018-01",
              ["Non-voice account: answered customer emails and chats for an online shoe retailer"],
              "facing", "digital_service"),
        ]),
        ("list", "Education", ["TESDA Hairdressing NC II (2018)", "AB Communication, 2016"]),
        ("list", "Skills", ["MS Excel", "Inventory system", "Hair color"]),
    ]))

R.append(dict(
    id="w021", fmt="fpdf", layout="left", hs="pipe", ds="mon", pw="Present", b="-", letter=True,
    family="US tattoo shop manager, fpdf2 left header, 'Title | Employer | Town' with right dates",
    name="Sierra Blackwood", contact=["Portland, OR 97214", "503-555-0175", "sierra.blackwood@mailbox.com"],
    blocks=[
        ("exp", "Relevant Experience", [
            E("Shop Manager", "Black Pine Tattoo", "Portland, OR", "2022-02", "present",
              ["Run the front counter: consultations, deposits, waivers and ID checks",
               "Schedule six artists and manage the booking calendar",
               "Social media and supply ordering"],
              "facing", "in_person_service"),
            E("Piercing Apprentice", "Black Pine Tattoo", "Portland, OR", "2020-09", "2022-01",
              ["Supervised lobe and cartilage piercings; aftercare talks with clients"],
              "facing", "in_person_service", et="internship"),
        ]),
        ("exp", "Other Experience", [
            E("Bookkeeper (freelance)", None, "Portland, OR", "2018-05", "2022-08",
              ["Monthly bookkeeping and quarterly tax filings for four small salons",
               "Worked from receipts and bank feeds the owners uploaded to a shared folder"],
              "affecting", None, et="freelance"),
            E("Line Cook", "Morrison Street Diner", "Portland, OR", "2016-04", "2018-04",
              ["Grill and fry station; prepped for brunch"],
              "affecting", None),
        ]),
        ("list", "Education", ["Portland Community College – Accounting Certificate (2018)"]),
    ]))

R.append(dict(
    id="w022", fmt="docx", docx=["table"], hs="org_title", ds="mon", pw="Present",
    family="UK barbering lecturer, Word borderless table per job with employer line first, RAF service",
    name="Dwayne Ellis-Forde", contact=["Handsworth, Birmingham B21", "07700 900 442", "dwayne.ef@mailbox.co.uk"],
    blocks=[
        ("para", "Profile", "Barber for twelve years and a lecturer for four. Ex-RAF. Patient, organised and "
         "passionate about bringing new barbers through."),
        ("exp", "Work Experience", [
            E("Barbering Lecturer", "Midlands Barber Academy", "Birmingham", "2022-09", "present",
              ["Deliver Level 2 and 3 barbering to groups of 12 learners",
               "Assess practical work and track learners on the e-portfolio"],
              "facing", "education"),
            E("Self-employed Barber (chair rent)", "Ace of Fades", "Birmingham", "2017-06", "2022-08",
              ["Rented a chair and built my own client base of 150+ regulars"],
              "facing", "entrepreneurial_freelance", et="freelance"),
            E("Barber", "Sharp Sixes Barbers", "Wolverhampton", "2014-01", "2017-05",
              ["Skin fades, beard work and kids' cuts"],
              "facing", "in_person_service"),
            E("Aircraft Technician (Mechanical)", "Royal Air Force", "RAF Brize Norton", "2008-09", "2013-11",
              ["Scheduled servicing and fault-finding on transport aircraft"],
              "none", None, et="military"),
            E("Volunteer Barber", "Street Cuts Birmingham (charity)", "Birmingham", "2019-03", "present",
              ["Free haircuts for rough sleepers at a Sunday drop-in, once a month"],
              "facing", "volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("list", "Qualifications", ["Level 3 Diploma in Barbering (2015)", "Level 3 Award in Education and Training (2022)"]),
    ]))

R.append(dict(
    id="w023", fmt="md", hs="title_org", ds="dot", pw="now", sep=" – ", b="-",
    family="Brazilian haircare product developer in Markdown, bold title line with 1.2020-style dates",
    name="Rafael Nogueira Prado", contact=["Curitiba – PR", "+55 41 95555-6672", "rafael.prado@mailbox.com.br"],
    blocks=[
        ("para", "Summary", "Chemist with 9 years in hair cosmetics: formulation, quality and technical "
         "training for salons."),
        ("exp", "Experience", [
            E("Product Development Chemist", "Bioflora Cosméticos", "Curitiba", "2022-04", "present",
              ["Formulate straightening and treatment masks; run stability and performance tests",
               "Prepare technical dossiers for regulatory submission"],
              "affecting", None),
            E("Salon Technical Trainer", "Bioflora Cosméticos", "Paraná and Santa Catarina", "2019-02", "2022-03",
              ["Visited partner salons to train hairdressers on new straightening systems",
               "Answered hairdressers' technical calls about failed services and refunds"],
              "facing", "education"),
            E("Quality Control Analyst", "Curitiba Química Fina", "Araucária", "2016-09", "2019-01",
              ["Released raw materials and finished batches after physicochemical tests"],
              "affecting", None),
            E("Undergraduate Research Intern", "Federal University of Paraná", "Curitiba", "2015-03", "2016-08",
              ["Polymer synthesis lab, scientific initiation scholarship"],
              "none", None, sec="other", et="internship"),
        ]),
        ("para", "Education", "B.Sc. Industrial Chemistry – Federal University of Paraná (2016)"),
        ("para", "Languages", "Portuguese (native), English (advanced), Spanish (intermediate)"),
    ]))

R.append(dict(
    id="w024", fmt="rl", layout="sidebar", hs="dash", ds="mon", pw="Present", b="•",
    side_fill=(0.93, 0.88, 0.84), accent=(0.45, 0.25, 0.2),
    family="Australian make-up artist, reportlab with coloured sidebar, 'Title – Employer, Town' with right dates",
    name="Georgia Palmer", contact=["Marrickville NSW", "0411 555 207", "georgia.mua@mailbox.com.au",
                                    "georgiapalmermua.com.au"],
    side=[("list", "Kit & Skills", ["Bridal and editorial", "HD/TV make-up", "Airbrush", "SFX basics",
                                    "Hair up-styling"]),
          ("list", "Education", ["Diploma of Screen and Media (Specialist Make-up) – 2016"])],
    blocks=[
        ("exp", "Experience", [
            E("Freelance Make-up Artist", "Georgia Palmer MUA", "Sydney", "2019-01", "present",
              ["Weddings, events and shoots: trials, quotes and on-the-day teams of up to 4 artists"],
              "facing", "entrepreneurial_freelance", et="freelance"),
            E("Make-up Artist", "Harbour Light Productions", "Sydney", "2017-03", "2018-12",
              ["Make-up and continuity for presenters and guests on a daily lifestyle TV show",
               "Kept continuity photos and the make-up budget"],
              "facing", "other_facing"),
            E("Counter Make-up Artist", "Lune Cosmetics", "Pitt Street, Sydney", "2016-02", "2017-02",
              ["Make-overs, lessons and product advice at a department-store counter"],
              "facing", "in_person_service"),
            E("Night Fill", "Westfield Grocers", "Newtown NSW", "2014-06", "2016-01",
              ["Stocked shelves overnight after close"],
              "affecting", None),
        ]),
    ]))

R.append(dict(
    id="w025", fmt="docx", docx=["header", "tabs"], hs="title_org", ds="month", pw="Till date",
    family="Nigerian spa front desk officer, contact in the Word page header, tab-stop dates",
    name="Temitope Adebayo Ogunleye", contact=["Bodija, Ibadan, Oyo State", "+234 818 555 6631",
                                               "temi.ogunleye@mailbox.ng"],
    blocks=[
        ("para", "Profile", "Courteous front-desk professional with experience in wellness, telecoms and a "
         "small fragrance business of my own."),
        ("exp", "Experience", [
            E("Front Desk Officer", "Oasis Wellness & Spa", "Ibadan", "2023-03", "present",
              ["Welcome clients, book treatments and collect payments via POS",
               "Manage the spa's Instagram enquiries"],
              "facing", "in_person_service"),
            E("Perfume Vendor", "Scents by Temi", "Ibadan", "2021-01", "present",
              ["Sell oil perfumes and body mists on Instagram and at a weekend market stand",
               "Deliver orders and handle customer complaints personally"],
              "facing", "entrepreneurial_freelance", et="freelance"),
            E("Customer Care Officer", "Vantage Telecom Nigeria", "Ibadan", "2019-07", "2023-02",
              ["Handled inbound calls on recharge, data and SIM swap issues"],
              "facing", "contact_center"),
            E("Data Entry Clerk", "Oyo Records Services Ltd", "Ibadan", "2018-01", "2019-06",
              ["Captured land registry forms into the database"],
              "none", None),
        ]),
        ("list", "Education", ["HND Office Technology and Management, The Polytechnic, Ibadan (2017)"]),
        ("para", "Referees", "Available on request"),
    ]))

R.append(dict(
    id="w026", fmt="txt", hs="datesfirst", ds="mon", pw="present", sep="-", b="•", txt_h="colon",
    family="Welsh mobile hairdresser in care homes, plain text, dates first, career break listed",
    name="Carys Pritchard", contact=["Llanishen, Cardiff", "07700 900 383", "carys.pritchard@mailbox.co.uk"],
    blocks=[
        ("para", "About Me", "Mobile hairdresser, mostly for older people in care homes and at home. Full "
         "driving licence and my own kit. DBS checked."),
        ("exp", "Work", [
            E("Mobile Hairdresser", "Self-employed", "Cardiff & Vale", "2021-04", "present",
              ["Weekly salon days in three care homes and visits to housebound clients",
               "Sets, perms, trims; chatting is half the job"],
              "facing", "entrepreneurial_freelance", et="freelance"),
            E("Career break", None, None, "2019-06", "2021-03",
              ["Looking after my son full time"], "none", None, et="unknown"),
            E("Care Assistant", "Ty Derwen Care Home", "Whitchurch, Cardiff", "2016-01", "2019-05",
              ["Personal care, mealtimes and activities with residents; did residents' hair on Fridays"],
              "facing", "healthcare_care"),
            E("Hairdresser", "Scissors & Co", "Caerphilly", "2011-09", "2015-12",
              ["Cut, colour and blow-dry"],
              "facing", "in_person_service"),
            E("Office Cleaner (evenings)", "Brightshine Cleaning", "Cardiff", "2012-01", "2014-06",
              ["Cleaned offices after staff had gone home"],
              "none", None),
        ]),
        ("para", "Qualifications", "NVQ 2 & 3 Hairdressing; Level 2 Health and Social Care"),
    ]))

R.append(dict(
    id="w027", fmt="fpdf", layout="centred", hs="dateline", ds="month", pw="Present", b="•",
    footer="Vanessa Quintero · page {p}", letter=True,
    family="US beauty marketing and esthetics, 2-page fpdf2 résumé with footer, title/employer/dates on separate lines",
    name="Vanessa Quintero", contact=["Coral Gables, FL", "(305) 555-0192", "vanessa.quintero@mailbox.com"],
    blocks=[
        ("para", "Summary", ["Licensed esthetician turned beauty marketer. I understand the product from the "
                             "treatment room to the launch plan.",
                             "Bilingual English/Spanish. Comfortable with Shopify, Klaviyo, Meta Ads and "
                             "Gorgias."]),
        ("exp", "Experience", [
            E("Assistant Brand Manager", "Solara Beauty", "Miami, FL", "2023-07", "present",
              ["Build launch calendars, briefs and claims for SPF and body care",
               "Analyze sell-through and reviews to shape the next season's range",
               "Brief agencies on packaging artwork and check proofs against claims",
               "Coordinate samples and stock allocation with the operations team"],
              "affecting", None),
            E("Customer Experience Associate", "Solara Beauty", "Miami, FL", "2021-10", "2023-06",
              ["Phone, chat and email support for online orders: returns, reactions, subscriptions",
               "Wrote macros for the help center"],
              "facing", "contact_center"),
            E("Freelance Beauty Consultant", None, "South Florida", "2020-05", "2021-09",
              ["Demonstrated brands to shoppers at pop-ups, trade shows and store events"],
              "facing", "in_person_service", et="freelance"),
            E("Marketing Intern", "Brickell Skin Co.", "Miami, FL", "2020-06", "2020-08", [
                "Drafted Instagram posts and newsletters; pulled campaign reports"],
              "affecting", None, et="internship", dt="Summer 2020"),
            E("Esthetician", "Palm Grove Day Spa", "Coral Gables, FL", "2017-01", "2020-04",
              ["Facials, peels and waxing; skin consultations and home-care recommendations",
               "Kept treatment room records and product inventory",
               "Retail sales of the spa's skincare line; top seller three quarters in 2019"],
              "facing", "in_person_service"),
        ]),
        ("list", "Selected Projects", [
            "Mineral SPF relaunch (2025): wrote claims brief, coordinated lab testing timeline with R&D",
            "Help-center rebuild (2022): reorganized 140 articles, cut repeat contacts about shipping",
            "Esthetician advisory panel (2024): set up a panel of 12 licensed estheticians to test textures",
            "Review-mining dashboard (2024): tagged 9,000 product reviews to find reformulation themes"]),
        ("list", "Skills", ["Shopify", "Klaviyo", "Meta Ads Manager", "Gorgias", "Excel / Google Sheets",
                            "Canva and Figma (basic)", "Skin analysis", "Chemical peels", "Brazilian waxing"]),
        ("list", "Education", ["B.S. Marketing, Florida International University (2021, evenings)",
                               "Florida Esthetics License (2016)"]),
    ]))

R.append(dict(
    id="w028", fmt="docx", docx=["styles", "listbullet", "tabs", "h2title"], hs="orgfirst", ds="mon",
    pw="Present",
    family="London salon group career, Word heading styles, employer heading with several roles beneath",
    name="Samira Haddad", contact=["Islington, London N1", "07700 900 795", "samira.haddad@mailbox.co.uk"],
    blocks=[
        ("para", "Profile", "Salon operations professional who grew up through reception and branch "
         "management in a seven-site London group."),
        ("exp", "Career History", [
            E("Operations Manager", "Mirren & Vale Salons", "London", "2023-02", "present",
              ["Own P&L, rotas and KPIs for seven sites; opened two new salons",
               "Roll out booking-system and stock-control processes"],
              "none", None),
            E("Salon Manager – Soho", "Mirren & Vale Salons", "London", "2019-05", "2023-01",
              ["Ran a 14-chair salon; welcomed clients and handled complaints on the floor",
               "Recruited and coached stylists and reception"],
              "facing", "in_person_service"),
            E("Senior Receptionist", "Mirren & Vale Salons", "London", "2017-03", "2019-04",
              [], "facing", "in_person_service"),
            E("NVQ Assessor (part-time)", "Kensington Academy of Hair", "London", "2020-09", "2022-07",
              ["Observed and assessed hairdressing apprentices in their salons, gave feedback"],
              "facing", "education"),
        ]),
        ("list", "Education", ["Level 3 Certificate in Assessing Vocational Achievement (2020)",
                               "BA (Hons) Business Management, Middlesex University (2016)"]),
    ]))

R.append(dict(
    id="w029", fmt="html", hs="labelled", ds="month", pw="Current",
    family="US massage therapist, HTML résumé with labelled Position / Employer / Period blocks",
    name="Nathan Redcloud", contact=["Denver, CO 80205", "720-555-0126", "nathan.lmt@mailbox.com"],
    blocks=[
        ("para", "Summary", "Licensed massage therapist (CO) focusing on clinical and sports massage."),
        ("list", "Certifications", ["Colorado Massage Therapist License", "NCBTMB Board Certified", "CPR"]),
        ("exp", "Experience", [
            E("Licensed Massage Therapist", "Mile High Chiropractic & Rehab", "Denver, CO", "2021-09", "present",
              ["Treatment massage on patients referred by the chiropractors, with SOAP notes"],
              "facing", "healthcare_care"),
            E("Massage Therapist", "Juniper Day Spa", "Lakewood, CO", "2018-04", "2021-08",
              ["Swedish, deep tissue and couples massage for spa guests"],
              "facing", "in_person_service"),
            E("Front Desk Coordinator", "Mile High Chiropractic & Rehab", "Denver, CO", "2016-06", "2018-03",
              ["Checked patients in, verified insurance and scheduled visits"],
              "facing", "in_person_service"),
            E("Community Yoga Teacher", "Five Points Community Center", "Denver, CO", "2019-01", "present",
              ["Lead a free Saturday chair-yoga class for seniors"],
              "facing", "volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("para", "Education", "Colorado School of Healing Arts – Massage Therapy Program (2016)"),
    ]))

R.append(dict(
    id="w030", fmt="rl", layout="twocol", hs="pipe", ds="mm/yyyy", pw="Now", b="•", accent=(0.6, 0.3, 0.4),
    family="Brazilian nail designer and academy coordinator, reportlab two-column header, pipe title line",
    name="Larissa Campos Oliveira", contact=["Santana, São Paulo – SP", "+55 11 95555-0473",
                                             "larissa.nails@mailbox.com.br"],
    blocks=[
        ("exp", "Experience", [
            E("Course Coordinator", "Academia Unha de Ouro", "São Paulo", "2023-05", "present",
              ["Answer prospective students on WhatsApp and Instagram, enrol them and take payments",
               "Schedule courses and instructors; welcome each new class"],
              "facing", "education"),
            E("Nail Designer", "Self-employed", "São Paulo", "2020-02", "present",
              ["Gel and fibreglass extensions for my own clients, evenings and Saturdays"],
              "facing", "entrepreneurial_freelance", et="freelance"),
            E("Order Picker", "Distribuidora Beleza Paulista", "Guarulhos", "2018-03", "2020-01",
              ["Picked and packed product orders for salons and beauty shops"],
              "affecting", None),
            E("Cashier", "Supermercado Vale Verde", "São Paulo", "2016-07", "2018-02",
              ["Checkout, card and cash payments"],
              "facing", "in_person_service"),
        ]),
        ("list", "Education", ["Technical course in Administration (2017)", "Nail Designer course (2019)"]),
        ("list", "Languages", ["Portuguese (native)", "English (basic)"]),
    ]))
