"""wild77 résumés w001–w015 (fictional people, employers, towns, phones and e-mails)."""
from lib import E

RESUMES = []
add = RESUMES.append

# ------------------------------------------------------------------ w001
add(dict(
    file="w001.pdf", renderer="reportlab", page="plain", order="title_org", ds="mon", present="Present",
    family="US wedding and portrait photographer, Word-to-PDF single column, title line with right-aligned dates",
    name="Hannah Whitcombe", tagline="Wedding & Portrait Photographer",
    contact=["Pine Hollow, NC", "(828) 555-0147", "hannah.whitcombe@mailbox.us", "mapleandpinephoto.example"],
    blocks=[
        ("Profile", "Natural-light wedding and family photographer with ten years behind the camera, from a mall "
                    "portrait studio to running my own small business. Calm on the day, quick with the edit."),
        ("Experience", [
            E("Owner / Lead Photographer", "Maple & Pine Photography", "Pine Hollow, NC", "2019-03", "present", [
                "Meet couples over video call or coffee to plan timelines, shot lists and family groupings",
                "Photograph 25–30 weddings a season plus mini-session days for families",
                "Edit and deliver online galleries within six weeks; handle contracts, deposits and invoices",
            ], "facing", "entrepreneurial_freelance", et="freelance"),
            E("Second Shooter (contract)", "Bellweather Studios", "Brannock, NC", "2017-05", "2019-02", [
                "Covered groom prep, ceremony angles and reception candids alongside the lead photographer",
                "Lined up and posed the family formals with the wedding party while the lead shot portraits",
                "Culled and colour-corrected raw files for the studio's editors",
            ], "facing", "other_facing", et="freelance"),
            E("Portrait Studio Associate", "SnapRight Portrait Studio", "Brannock, NC", "2015-08", "2017-04", [
                "Booked walk-in sessions and photographed babies, kids and families",
                "Walked parents through proofs and sold print packages at the viewing station",
            ], "facing", "in_person_service"),
            E("Photo Lab Technician", "Carolina Photo Finishing", "Brannock, NC", "2013-06", "2015-07", [
                "Ran the Noritsu printer and colour-corrected mail-in orders",
                "Trimmed, packed and shipped finished prints",
            ], "affecting"),
        ]),
        ("Education", ["A.A.S. Photographic Technology – Piedmont Ridge Community College, 2013"]),
        ("Skills", ["Lightroom, Photoshop, Capture One · off-camera flash · Pixieset · HoneyBook"]),
    ],
))

# ------------------------------------------------------------------ w002
add(dict(
    file="w002.docx", renderer="docx", page="styles", order="title_org", ds="month", present="Present",
    family="UK freelance graphic designer, Word heading styles and list bullets, right tab-stop dates",
    name="Isla Pemberton", tagline="Graphic designer – brand identity, packaging and print",
    contact=["Severnmouth", "07700 900318", "isla.pemberton@mailbox.co.uk", "Portfolio on request"],
    blocks=[
        ("About me", "I've spent the last ten years designing for print and brand. Since 2021 I've run my own "
                     "practice working directly with independent businesses and charities around the South West."),
        ("Key skills", ["Adobe InDesign, Illustrator, Photoshop; Figma for simple web mock-ups",
                        "Brand identity, packaging, signage, print management",
                        "Clear quotes, honest timelines and files that print first time"]),
        ("Work history", [
            E("Freelance Graphic Designer", "Self-employed", "Severnmouth", "2021-03", "present", [
                "Take briefs directly from small businesses and charities, usually on a call or at their premises",
                "Present two or three concepts and manage rounds of revisions with the client",
                "Logos, menus, packaging for a gin distillery, and a rebrand for a food bank",
            ], "facing", "entrepreneurial_freelance", et="freelance"),
            E("Midweight Designer", "Harbourside Creative Agency", "Severnmouth", "2017-09", "2021-02", [
                "Designed campaign artwork for retail and hospitality clients from account-team briefs",
                "Adapted key visuals across 40+ formats for print and digital",
                "Prepared print-ready files and checked wet proofs with the studio manager",
            ], "affecting"),
            E("Junior Designer", "Foxglove Print & Design", "Kingsmead", "2015-07", "2017-08", [
                "Served walk-in customers at the print counter, advising on paper stock and finishes",
                "Typeset menus, flyers and business cards, often turned round the same day",
            ], "facing", "in_person_service"),
            E("Sales Assistant (part-time)", "Cotswold Art Supplies", "Kingsmead", "2012-10", "2015-06", [
                "Till, deliveries and keeping the paper and paint aisles in order",
                "Helped students and local artists choose materials",
            ], "facing", "in_person_service"),
        ]),
        ("Education", ["BA (Hons) Graphic Communication, Kingsmead School of Art & Design – 2:1, 2015"]),
        ("Interests", ["Letterpress, wild swimming, volunteering at the Harbourside zine fair"]),
    ],
))

# ------------------------------------------------------------------ w003
add(dict(
    file="w003.pdf", renderer="fpdf2", page="sidebar", order="title_org", ds="mon", present="Present",
    family="Philippine community and social media manager, fpdf2 with shaded left sidebar, BPO background",
    name="Maria Kristine Dela Paz", tagline="Community & Social Media Manager",
    contact=["Bagong Ilog City, Metro Manila", "+63 917 555 0192", "kristine.delapaz@mailbox.ph"],
    side=[("Skills", ["Meta Business Suite", "Discord moderation bots", "Sprout Social", "Canva, CapCut",
                      "Sentiment reporting"]),
          ("Languages", ["English", "Filipino", "Bisaya (conversational)"]),
          ("Education", ["BA Communication", "Pamantasan ng Silangan", "2016"])],
    blocks=[
        ("Work Experience", [
            E("Community Manager", "Lumen Play Games", "Bagong Ilog City", "2022-01", "present", [
                "Reply to player comments and DMs on Facebook, Discord and TikTok; escalate bug reports to QA",
                "Host a monthly live Q&A with the dev team and run in-game event announcements",
                "Weekly sentiment report for the producers",
            ], "facing", "digital_service"),
            E("Social Media Associate", "Kape't Bahay Coffee Co.", "Sta. Lucia City", "2020-02", "2021-12", [
                "Planned and scheduled posts for three branch pages",
                "Answered customer messages and comments about orders, delivery and store hours",
            ], "facing", "digital_service"),
            E("Content Moderator", "Vantage Outsourcing Solutions", "Lawaan City", "2018-06", "2020-01", [
                "Reviewed flagged posts and images against a client's community guidelines",
                "Removed, age-gated or escalated content within a 30-minute SLA",
            ], "affecting"),
            E("Customer Service Representative", "Vantage Outsourcing Solutions", "Lawaan City", "2017-03",
              "2018-05", [
                "Inbound billing and plan calls for a US telecom account; 88% CSAT",
            ], "facing", "contact_center"),
        ]),
    ],
))

# ------------------------------------------------------------------ w004
add(dict(
    file="w004.txt", renderer="txt", txtstyle="underline", txtdates="paren", order="dash", ds="month",
    present="Date", sep=" - ", bchar="*",
    family="Nigerian journalist pasted as text, 'Title – Employer, Town (dates)', radio phone-in, NYSC, year-only bookshop",
    name="Chinedu Okafor-Bello", tagline="Business & Technology Journalist",
    contact=["12 Adeniran Close, Agbado-Oke, Isale-Odo", "0803 555 2741", "chinedu.okaforbello@mailbox.ng"],
    blocks=[
        ("Career Objective", "Experienced reporter seeking a senior role in a digital-first newsroom where "
                             "accuracy and speed both matter."),
        ("Work Experience", [
            E("Senior Reporter", "The Isale-Odo Ledger", "Isale-Odo", "2021-06", "present", [
                "Cover the business and technology beat, filing 4-6 stories a week",
                "Interview founders, regulators and market traders for features",
                "Mentor two junior reporters and edit their copy before the desk",
            ], "affecting"),
            E("Correspondent", "Radio Oke-Ado 98.1 FM", "Oke-Ado", "2018-02", "2021-05", [
                "Produced daily news packages and vox pops",
                "Co-hosted the weekly phone-in 'Your Money', taking listeners' calls and questions live on air",
            ], "facing", "other_facing"),
            E("NYSC Corps Member (Newsroom)", "Middle Belt State Broadcasting Service", "Ogbadu", "2017-03", "2018-02", [
                "Transcribed interviews and wrote copy for the hourly bulletins",
            ], "affecting", et="internship"),
            E("Sales Attendant", "Ade's Bookshop", "Ajibode", "2014-01", "2016-12", [], "facing",
              "in_person_service", prec="year"),
        ]),
        ("Education", ["B.A. Mass Communication, Ajibode University (Second Class Upper), 2016",
                       "WAEC SSCE, 2010"]),
        ("Referees", ["Available on request"]),
    ],
))

# ------------------------------------------------------------------ w005
add(dict(
    file="w005.docx", renderer="docx", page="tabs", order="title_org", ds="mm.yyyy", present="today",
    family="German brand manager, Word tab-stop dates, mm.yyyy dates, Werkstudent and Praktikum",
    name="Jonas Hartmann", tagline="Brand Manager FMCG",
    contact=["Elbhafen-Altmoor", "+49 151 5550 4418", "jonas.hartmann@mailbox.de"],
    bchar="–", fs=10,
    blocks=[
        ("Professional Experience", [
            E("Brand Manager", "Kessler Naturkost GmbH", "Elbhafen", "2020-04", "present", [
                "Own the brand plan for the organic snacks range (€14m net sales)",
                "Brief creative and media agencies on packaging relaunches and campaigns",
                "Analyse retail panel data and commission consumer research",
            ], "affecting"),
            E("Junior Product Manager", "Kessler Naturkost GmbH", "Elbhafen", "2018-01", "2020-03", [
                "Coordinated launches of six new products with sales and supply chain",
                "Presented the new range to buyers of regional supermarket chains together with key account managers",
            ], "facing", "sales_account"),
            E("Werkstudent Marketing", "Nordlicht Reisen GmbH", "Elbhafen", "2016-04", "2017-12", [
                "Maintained website content and the monthly customer newsletter",
                "Scheduled posts for Facebook and Instagram",
            ], "affecting"),
            E("Praktikum Event Marketing", "Elbe Messe & Kongress", "Elbhafen", "2015-08", "2016-01", [
                "Staffed the information desk at trade fairs, directing exhibitors and visitors",
                "Prepared badges and exhibitor packs",
            ], "facing", "in_person_service", et="internship"),
            E("Grundwehrdienst", "Bundeswehr", "Elbhafen", "2010-07", "2011-03", [
                "Basic military service; driver in the motor pool",
            ], "none", et="military"),
        ]),
        ("Education", ["M.Sc. Marketing, Universität Heidmoor, 2017", "B.A. Business Administration, 2015"]),
        ("Languages", ["German (native), English (C1), Spanish (B1)"]),
        ("IT", ["MS Office, SAP (basic), Adobe InDesign, Google Analytics"]),
    ],
))

# ------------------------------------------------------------------ w006
add(dict(
    file="w006.pdf", renderer="reportlab", page="sidebar", order="title_org", ds="mon", present="till date",
    family="Indian freelance illustrator, reportlab with coloured left sidebar, agent-managed clients",
    name="Ananya Raghunathan", tagline="Illustrator & Visual Designer", sidecolor=(0.97, 0.91, 0.85),
    contact=["Kamala Nagar, Hosakere", "+91 98450 55512", "ananya.r.art@mailbox.in"],
    side=[("Tools", ["Procreate, Photoshop", "Illustrator, Figma", "Gouache & ink"]),
          ("Education", ["B.Des Communication Design", "Kaveri School of Design,", "Hosakere, 2017"]),
          ("Languages", ["English, Tamil, Kannada, Hindi"])],
    blocks=[
        ("Experience", [
            E("Freelance Illustrator", "Self-employed", "Hosakere", "2021-07", "present", [
                "Illustrate picture books and covers for children's publishers",
                "All commissions come through my agent, who handles contracts and client communication",
                "Deliver roughs and final art against art-director notes passed on by the agent",
            ], "affecting", et="freelance"),
            E("Visual Designer", "Pixelroot Digital", "Hosakere", "2018-06", "2021-06", [
                "Designed app screens and marketing creatives for D2C brands",
                "Ran weekly design reviews with clients' marketing teams on Zoom and presented options",
            ], "facing", "other_facing"),
            E("Graphic Design Intern", "Chai Collective Cafés", "Devgiri", "2017-12", "2018-05", [
                "Menu boards, packaging stickers and Instagram posts",
            ], "affecting", et="internship"),
            E("Drawing Teacher (part-time)", "Little Easel Art Classes", "Devgiri", "2016-06", "2018-05", [
                "Taught weekend drawing and painting classes to children aged 6-12",
                "Shared progress with parents at the end of each term",
            ], "facing", "education"),
        ]),
    ],
))

# ------------------------------------------------------------------ w007
add(dict(
    file="w007.md", renderer="md", mddates="line", order="title_org", ds="month", present="Present",
    family="US copywriter in Markdown, h3 title, bold employer line, italic dates line, summer internship",
    name="Derek Lindqvist", tagline="Senior Copywriter",
    contact=["Lake Arden, MN", "612-555-0183", "derek.lindqvist@mailbox.com"],
    blocks=[
        ("Summary", "Concept-first copywriter. Banks, hospitals, outdoor gear. I like short sentences and long "
                    "walks through the brief."),
        ("Experience", [
            E("Senior Copywriter", "Tallgrass & Co.", "Lake Arden, MN", "2021-02", "present", [
                "Write TV, radio and social scripts for regional banking and healthcare clients",
                "Partner with art directors from concept to shoot; concepts are presented to clients by the account team",
            ], "affecting"),
            E("Copywriter", "Northstar Outdoor Supply", "Norvale, MN", "2018-05", "2021-01", [
                "Product descriptions, catalog spreads and weekly email campaigns",
                "Worked with UX on checkout microcopy; cart abandonment emails lifted recovery 11%",
            ], "affecting"),
            E("Freelance Copywriter", None, "Lake Arden, MN", "2016-09", "2018-04", [
                "Found and pitched local businesses, interviewed owners to learn their voice",
                "Wrote websites, brochures and grant letters; invoiced and chased payments myself",
            ], "facing", "entrepreneurial_freelance", et="freelance"),
            E("Barista", "Kettle Park Coffee House", "Lake Arden, MN", "2014-06", "2016-08", [
                "Opened the shop three mornings a week and kept the line moving through the rush",
            ], "facing", "in_person_service"),
            E("Editorial Intern", "Arden Valley Weekly Reader", "Lake Arden, MN", "2015-06", "2015-08", [
                "Fact-checked event listings and wrote short restaurant blurbs",
            ], "affecting", et="internship", dt="Summer 2015"),
        ]),
        ("Education", ["B.A. English, North Star State University, 2016"]),
    ],
))

# ------------------------------------------------------------------ w008
add(dict(
    file="w008.docx", renderer="docx", page="table", order="title_org", ds="mm/yyyy", present="Current",
    family="Brazilian event producer, Word with a borderless table per job, mm/yyyy dates",
    name="Camila Nogueira Rezende", tagline="Event Producer | Weddings & Corporate",
    contact=["Vila Aurora – SP", "+55 11 95555-3104", "camila.rezende@mailbox.com.br"],
    blocks=[
        ("Professional Summary", "Ten years in events and hospitality in Vila Aurora and Praia Serena. Portuguese, "
                                 "English and Spanish."),
        ("Experience", [
            E("Event Producer", "Alvorada Eventos Ltda.", "Vila Aurora", "2020-09", "present", [
                "Run site visits and tastings with couples and corporate clients",
                "Coordinate suppliers on the day and act as first contact for guests' requests",
                "Keep budgets, contracts and run-sheets for up to 12 events a month",
            ], "facing", "in_person_service"),
            E("Event Coordinator (Corporate)", "Grupo Horizonte Congressos", "Vila Aurora", "2017-03", "2020-08", [
                "Managed the registration desk and speaker liaison at medical congresses (up to 2,000 delegates)",
                "Tracked budgets and supplier payments",
            ], "facing", "in_person_service"),
            E("Logistics Assistant", "Grupo Horizonte Congressos", "Vila Aurora", "2015-11", "2017-02", [
                "Booked venues, AV and transport; built run-sheets; processed supplier invoices",
            ], "affecting"),
            E("Recepcionista", "Hotel Mar Azul", "Praia Serena", "2013-01", "2015-10", [
                "Check-in and check-out, reservations by phone, tourist tips for guests",
            ], "facing", "in_person_service"),
        ]),
        ("Education", ["Bacharelado em Turismo – Universidade Católica de Praia Serena, 2014"]),
        ("Languages", ["Portuguese (native) · English (fluent) · Spanish (intermediate)"]),
    ],
))

# ------------------------------------------------------------------ w009
add(dict(
    file="w009.pdf", renderer="fpdf2", page="centred", order="org_title", ds="mm/yyyy", present="Present",
    family="UK museum front-of-house CV, fpdf2 centred header, employer line first with dates right, title below",
    name="Rosalind Ayers", tagline="",
    contact=["Wenham Market", "07700 900455", "ros.ayers@mailbox.co.uk"],
    blocks=[
        ("Personal statement", "Friendly, reliable museum and arts-centre worker who enjoys helping visitors get "
                               "the most out of a collection. Looking for a Visitor Services Supervisor post."),
        ("Employment", [
            E("Visitor Experience Assistant", "The Carrow Museum of Industry", "Wenham Market", "2022-04", "present", [
                "Welcome visitors, sell admission tickets and annual memberships",
                "Run object-handling sessions in the galleries at weekends",
                "Open and close the building, radio checks, first aider",
            ], "facing", "in_person_service"),
            E("Gallery Invigilator (zero hours)", "Saltmarsh Contemporary", "Saltby", "2020-06", "2022-03", [],
              "facing", "in_person_service"),
            E("Front of House & Café Assistant", "Riverside Arts Centre", "Wenham Market", "2017-09", "2020-05", [
                "Box office, bar on show nights and café service",
            ], "facing", "in_person_service"),
        ]),
        ("Volunteering", [
            E("Collections Volunteer", "East Fen Rural Life Trust", "Ashfold", "2019-01", "2022-03", [
                "Cleaned, re-boxed and labelled objects in the stores",
                "Entered catalogue records into the collections database",
            ], "none", section="volunteer", et="volunteer"),
            E("Open Day Guide", "Ashfold Windmill Trust", "Ashfold", None, None, [
                "Show visitors round the mill on open days and explain how it works",
            ], "facing", "volunteering", section="volunteer", et="volunteer"),
        ]),
        ("Education & training", ["BA History of Art, University of the Eastern Fens (2017)",
                                  "Emergency First Aid at Work (2024)"]),
    ],
))

# ------------------------------------------------------------------ w010
add(dict(
    file="w010.html", renderer="html", order="title_org", ds="mon", present="Present",
    family="Philippine motion designer and video editor, HTML résumé, floated dates, tourism internship with a booth",
    name="Rafael Buenaventura", tagline="Motion Designer / Animator / Video Editor",
    contact=["Sapang Bato City", "+63 928 555 0716", "raf.buenaventura@mailbox.ph", "vimeo: rafb-motion"],
    blocks=[
        ("Software", ["After Effects, Premiere Pro, DaVinci Resolve, Blender, Illustrator"]),
        ("Experience", [
            E("Motion Designer / Animator", "Sanlibo Animation Studio", "San Benito City", "2021-08", "present", [
                "Animate 2D explainer sequences in After Effects from approved storyboards",
                "Apply revision notes forwarded by the producer after client reviews",
            ], "affecting"),
            E("Video Editor", "Baybayin Media Productions", "Sta. Lucia City", "2019-01", "2021-07", [
                "Cut weekly YouTube series episodes and corporate videos",
                "Colour grading, subtitles and exports for each platform",
            ], "affecting"),
            E("Multimedia Intern", "Dalisay Municipal Tourism Office", "Dalisay, Bulacan", "2018-06",
              "2018-12", [
                "Shot and edited promotional videos for the town fiesta",
                "Helped at the tourist information booth during the festival, giving maps and directions",
            ], "facing", "in_person_service", et="internship"),
            E("Service Crew", "Kusina Express", "Sapang Bato City", "2016-04", "2017-05", [], "facing",
              "in_person_service"),
        ]),
        ("Education", ["BS Multimedia Arts, Colegio de San Lorenzo Ruiz, 2019"]),
    ],
))

# ------------------------------------------------------------------ w011
add(dict(
    file="w011.docx", renderer="docx", page="sidebar", order="title_org", ds="mon", present="till date",
    family="Nigerian PR officer, Word two-column layout table with shaded sidebar, press and consumer desk",
    name="Funmilayo Adeyemi-Cole", tagline="Public Relations & Corporate Communications",
    contact=["Oke-Ado GRA, Isale-Odo", "0809 555 6120", "funmi.adeyemicole@mailbox.ng"],
    side=[("Core skills", ["Media relations", "Crisis comms", "Press releases", "Event management"]),
          ("Education", ["B.Sc. Mass Communication, Isale-Odo State University, 2015", "NIPR Associate"]),
          ("Languages", ["English, Yoruba"])],
    blocks=[
        ("Experience", [
            E("Public Relations Officer", "Greenfield Foods Nigeria Plc", "Oke-Ado", "2021-01", "present", [
                "Handle media enquiries and arrange interviews for the MD",
                "Draft press releases and speeches",
                "Respond to consumer complaints that reach the corporate affairs desk by phone and email",
            ], "facing", "other_facing"),
            E("Account Executive", "Lagoon PR & Communications", "Marina Island, Isale-Odo", "2018-05", "2020-12", [
                "Day-to-day contact for four corporate clients: weekly status calls and monthly reports",
                "Coverage tracking and media lists",
            ], "facing", "sales_account"),
            E("Corporate Communications Assistant", "Union Crest Bank", "Broad Wharf, Isale-Odo", "2016-09", "2018-04", [
                "Edited the internal staff newsletter and managed intranet pages",
                "Organised quarterly staff town halls",
            ], "none"),
            E("Information Officer (NYSC)", "Ngwoke State Ministry of Information", "Ngwoke", "2015-08", "2016-07", [
                "Wrote press statements and compiled daily media monitoring reports",
            ], "none", et="internship"),
            E("Customer Service Officer (Contract)", "Swift Telecoms Walk-in Centre", "Ngwoke", "2014-01", "2015-06", [
                "SIM registration, bill enquiries and complaints at the walk-in counter",
            ], "facing", "in_person_service"),
        ]),
    ],
))

# ------------------------------------------------------------------ w012
add(dict(
    file="w012.pdf", renderer="reportlab", page="twocol", order="orgfirst", ds="mon", present="Present",
    paper="letter", footer="Marcus J. Ellery  ·  Page {n} of 2", fs=10.5,
    family="US brand marketing director, 2-page reportlab résumé, two-column header, employer heading with roles beneath, page footer",
    name="Marcus J. Ellery", tagline="Brand Marketing Leader – Consumer & Outdoor",
    contact=["Ridgefield, CO 80299", "303-555-0129", "marcus.ellery@mailbox.com", "linkedin.example/in/mellery"],
    blocks=[
        ("Summary", "Brand leader with 15+ years across outdoor, food and financial services. Builds brands "
                    "people trust, on budgets that make sense. Comfortable with P&L ownership, agency rosters and "
                    "research programs; coaches teams of up to nine."),
        ("Core Competencies", ["Brand strategy & positioning · Integrated campaigns · Media planning",
                               "Consumer research · Agency management · Team leadership"]),
        ("Professional Experience", [
            E("Director of Brand Marketing", "Hollis Creek Outdoor Co.", "Ridgefield, CO", "2021-05", "present", [
                "Lead a team of 9 and own brand positioning and a $6M annual media budget",
                "Commissioned segmentation research that reshaped the product roadmap",
                "Relaunched the brand identity across web, packaging and 40 retail doors",
            ], "affecting"),
            E("Senior Brand Manager", "Sunrise Kitchen Foods", "Elk Bend, CO", "2017-08", "2021-04", [
                "P&L owner for the frozen breakfast line ($38M)",
                "Built retailer sell-in decks with the sales team for their buyer meetings",
                "Managed packaging redesign that lifted velocity 9%",
            ], "affecting"),
            E("Marketing Manager", "Front Range Credit Union", "Cotter Springs, CO", "2013-03", "2017-07", [
                "Ran member acquisition campaigns and branch point-of-sale materials",
                "Fielded the annual member satisfaction survey and reported results to the board",
            ], "affecting"),
        ]),
        ("__PAGEBREAK__", []),
        ("", [
            E("Marketing Coordinator", "Front Range Credit Union", "Cotter Springs, CO", "2011-01", "2013-02", [
                "Coordinated community events and staffed the credit union booth at county fairs, "
                "signing up new members on the spot",
            ], "facing", "in_person_service"),
            E("Teller (part-time)", "Front Range Credit Union", "Cotter Springs, CO", "2008-09", "2010-12", [
                "Deposits, withdrawals and loan payments; balanced drawer daily",
            ], "facing", "in_person_service"),
        ]),
        ("Graduate Assistantship", [
            E("Graduate Research Assistant", "Colorado Mountain University", "Elk Bend, CO", "2011-08", "2013-05", [
                "Cleaned survey data and ran regression models for a faculty study on mountain tourism spending",
            ], "none", section="other"),
        ]),
        ("Education", ["MBA, Colorado Mountain University, 2013", "B.S. Marketing, Front Range State College, 2010"]),
        ("Board & Community", ["Board member, Ridgefield Trails Alliance (2019 – present)"]),
    ],
))

# ------------------------------------------------------------------ w013
add(dict(
    file="w013.txt", renderer="txt", txtstyle="colon", order="labelled", ds="mon", present="till date",
    sep=" to ", bchar="->",
    family="Indian social media executive, job-portal text résumé with Designation/Organisation/Duration labels",
    name="Priyanka Sharma", tagline="Social Media Executive | 5+ yrs",
    contact=["Shanti Vihar, Sawaigarh - 302020", "Mob: +91 94140 55563", "Email: priyanka.sharma92@mailbox.in"],
    blocks=[
        ("Career Objective", "To work in a growth-oriented organisation where I can use my digital marketing "
                             "skills and contribute to brand building."),
        ("Professional Experience", [
            E("Social Media Executive", "Rangoli Ethnic Wear Pvt. Ltd.", "Sawaigarh", "2022-03", "present", [
                "Creating monthly content calendar, reels and product posts",
                "Running Meta ads with a monthly budget of Rs. 3 lakh",
                "Replying to customer DMs and comments regarding sizes, COD orders and returns",
            ], "facing", "digital_service"),
            E("Digital Marketing Trainee", "Webnest Solutions", "Sawaigarh", "2021-06", "2022-02", [
                "On-page SEO for client websites, keyword research, backlink reports",
            ], "affecting", et="internship"),
            E("Tele-caller", "EduBridge Coaching Centre", "Sawaigarh", "2019-07", "2021-05", [
                "Calling leads for coaching admissions",
                "Counselling parents on batches, timings and fees",
            ], "facing", "contact_center"),
            E("Studio Assistant", "Shree Ganesh Studio & Colour Lab", "Pushkargarh", "2017-05", "2019-06", [
                "Handled the counter for passport photos and print orders",
                "Designed wedding albums in Photoshop",
            ], "facing", "in_person_service"),
        ]),
        ("Educational Qualification", ["MBA (Marketing) - Rajasthan Institute of Management, 2021",
                                       "B.Com - Marudhar University, 2017"]),
        ("Personal Details", ["Date of Birth: 14-08-1995", "Languages Known: Hindi, English",
                              "Marital Status: Single"]),
        ("Declaration", "I hereby declare that the above information is true to the best of my knowledge."),
    ],
))

# ------------------------------------------------------------------ w014
add(dict(
    file="w014.docx", renderer="docx", page="header", order="org_title", ds="mon", present="Present",
    family="UK digital editor and reporter, name and contact in the Word page header, employer line first then title",
    name="Thomas Gillespie", tagline="Digital editor · reporter · NCTJ gold standard",
    contact=["Calderby, West Yorkshire", "07700 900771", "tom.gillespie@mailbox.co.uk"],
    blocks=[
        ("Experience", [
            E("Digital Editor", "The Pennine Courier", "Calderby", "2020-10", "present", [
                "Run the homepage and morning newsletters; commission and edit around 20 stories a day",
                "Moderate reader comments and answer readers' emails about corrections and subscriptions",
                "Audience data: lifted newsletter opens from 31% to 44%",
            ], "facing", "digital_service"),
            E("News Reporter", "Calder Valley Times", "Oxley Bridge", "2016-05", "2020-09", [
                "Courts, council and features; front-page splash on the 2019 flood response",
            ], "affecting"),
            E("Trainee Reporter", "Calder Valley Times", "Oxley Bridge", "2015-01", "2016-04", [
                "Shorts, community news and court lists while completing the NCTJ diploma",
            ], "affecting"),
            E("Sub-editor (casual)", "West Riding Press Agency", "Airedale", "2013-09", "2014-12", [
                "Subbed match reports and results on Saturday shifts",
            ], "affecting", et="freelance"),
        ]),
        ("Education", ["NCTJ Diploma in Journalism (2016)", "BA English Literature, Ousebridge University (2013)"]),
        ("Skills", ["Shorthand 100wpm · WordPress · Chartbeat · basic Premiere Pro"]),
    ],
))

# ------------------------------------------------------------------ w015
add(dict(
    file="w015.pdf", renderer="fpdf2", page="left", order="title_org", ds="mon", present="Atual",
    footer="Lucas Ferreira Albuquerque – CV – página {n}", font="serif",
    family="Brazilian 2D animator and illustrator, 2-page fpdf2 CV with page footer, Portuguese titles, 'Atual'",
    name="Lucas Ferreira Albuquerque", tagline="2D Animator & Illustrator",
    contact=["Mangueira – PE, Brasil", "+55 81 98555-2207", "lucas.albuquerque@mailbox.com.br"],
    blocks=[
        ("Resumo", "Animator and illustrator from Mangueira. Character animation for TV, commissions for bands and "
                   "breweries, and several years teaching drawing to teenagers and adults."),
        ("Experiência Profissional", [
            E("Animador 2D", "Estúdio Capivara Animação", "Mangueira", "2021-02", "present", [
                "Character animation for a children's TV series (52 x 11') in Toon Boom Harmony",
                "Clean-up and in-betweening for the lead animators",
            ], "affecting"),
            E("Ilustrador Freelancer", "Autônomo", "Mangueira", "2018-01", "2021-01", [
                "Commissions from local bands and craft breweries: met clients to agree brief, budget and deadline",
                "Beer labels, gig posters and album covers",
            ], "facing", "entrepreneurial_freelance", et="freelance"),
            E("Instrutor de Desenho", "Escola Livre de Artes Traço", "Ladeira Nova", "2016-03", "2019-12", [
                "Taught evening drawing classes for teenagers and adults (two groups of 15)",
            ], "facing", "education"),
        ]),
        ("__PAGEBREAK__", []),
        ("", [
            E("Estagiário de Storyboard", "Manguebit Filmes", "Mangueira", "2015-06", "2015-12", [
                "Storyboards and animatics for two short films",
            ], "affecting", et="internship"),
            E("Vendedor", "Livraria Boa Viagem", "Mangueira", "2013-02", "2015-05", [
                "Served customers in the comics and art-books section; till and stock",
            ], "facing", "in_person_service"),
        ]),
        ("Formação", ["Bacharelado em Design, Universidade Estadual do Agreste, 2016"]),
        ("Idiomas", ["Português (nativo), English (advanced), Español (básico)"]),
    ],
))
