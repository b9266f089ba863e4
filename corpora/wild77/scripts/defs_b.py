"""wild77 résumés w016–w030 (fictional people, employers, towns, phones and e-mails)."""
from lib import E

RESUMES = []
add = RESUMES.append

# ------------------------------------------------------------------ w016
add(dict(
    file="w016.md", renderer="md", mddates="inline", order="title_org", ds="mm.yyyy", present="present",
    bchar="*",
    family="German senior event manager in Markdown, h3 title with dates after a dash, overlapping student jobs",
    name="Lena Vogelsang", tagline="Senior Event Manager – corporate events, launches, incentives",
    contact=["Spreeburg-Ostkreuz", "+49 160 5550 2931", "lena.vogelsang@mailbox.de"],
    blocks=[
        ("Berufserfahrung / Experience", [
            E("Senior Event Manager", "Spreeufer Events GmbH", "Spreeburg", "2019-06", "present", [
                "Lead contact for clients' product launches and incentive trips: pitch, budget, on-site delivery",
                "Brief and lead teams of 20-40 hostesses and technicians",
            ], "facing", "sales_account"),
            E("Event Manager", "Spreeufer Events GmbH", "Spreeburg", "2016-09", "2019-05", [
                "Planned and ran 30+ corporate events a year",
                "Managed venue and catering suppliers; handled guest registration and VIP arrivals on site",
            ], "facing", "in_person_service"),
            E("Werkstudentin Marketing", "Brauhaus Lindenhof", "Leinestadt", "2014-04", "2016-08", [
                "Event flyers, website updates and the monthly newsletter",
            ], "affecting"),
            E("Messehostess (Minijob)", "Messe-Personal Nord", "Leinestadt", "2012-04", "2015-08", [
                "Trade-fair stand hostess: welcoming visitors, handing out samples, taking contact details",
            ], "facing", "in_person_service"),
        ]),
        ("Ausbildung / Education", ["B.A. Tourism & Event Management, Hochschule Leinestadt, 2016"]),
        ("Sprachen", ["Deutsch (Muttersprache), English (fluent), Français (B2)"]),
    ],
))

# ------------------------------------------------------------------ w017
add(dict(
    file="w017.docx", renderer="docx", page="styles", order="title_org", ds="mon", present="Present",
    family="US nonprofit social media manager, Word heading styles, tab-stop dates, volunteer section, no-bullet server job",
    name="Brianna Okonkwo-Reyes", tagline="Social Media Manager",
    contact=["Marlow Heights, OH", "(614) 555-0164", "bri.okonkwo.reyes@mailbox.com"],
    blocks=[
        ("Experience", [
            E("Social Media Manager", "Riverbend Animal Rescue", "Marlow Heights, OH", "2022-02", "present", [
                "Grew Instagram and TikTok to 48k followers with weekly adoptable-pet features",
                "Answer adoption questions in DMs and comments and point people to the right application",
            ], "facing", "digital_service"),
            E("Marketing Assistant", "Buckeye Craft Brewing", "Marlow Heights, OH", "2019-09", "2022-01", [
                "Social posts for new can releases, email newsletter and the taproom events calendar",
            ], "affecting"),
            E("Taproom Server", "Buckeye Craft Brewing", "Marlow Heights, OH", "2018-03", "2019-08", [], "facing",
              "in_person_service"),
            E("Photo Retoucher (remote contract)", "Clearframe Retouching", "Remote", "2017-01", "2018-02", [
                "Retouched e-commerce product photos from a daily queue; 120 images a day",
            ], "affecting", et="freelance"),
        ]),
        ("Volunteer", [
            E("Adoption Events Volunteer", "Riverbend Animal Rescue", "Marlow Heights, OH", "2017-05", "2022-01", [
                "Weekend adoption events at pet stores, talking with families about which dog might suit them",
            ], "facing", "volunteering", section="volunteer", et="volunteer"),
        ]),
        ("Education", ["B.A. Strategic Communication, Ohio Valley State University, 2017"]),
        ("Skills", ["Later, Canva, CapCut, Meta Business Suite, Mailchimp, basic Lightroom"]),
    ],
))

# ------------------------------------------------------------------ w018
add(dict(
    file="w018.pdf", renderer="reportlab", page="twocol", order="dash", ds="mon", present="till date",
    font="dejavu",
    family="Indian wedding photographer, reportlab two-column header, 'Title – Studio, City' with right-aligned dates",
    name="Arjun Mehrotra", tagline="Wedding & Candid Photographer",
    contact=["Amrit Nagar, Gomtipur", "+91 99355 55024", "arjun@mailbox.in", "Instagram: @kesarframes"],
    blocks=[
        ("Work Experience", [
            E("Founder & Lead Photographer", "Kesar Frames Wedding Studio", "Gomtipur", "2019-11", "present", [
                "Meet families for pre-wedding consultations, package bookings and album selections",
                "Lead a crew of four at weddings – haldi, sangeet, pheras and reception",
            ], "facing", "entrepreneurial_freelance", et="freelance"),
            E("Candid Photographer", "Shutterbug Events", "Yamunapuram", "2016-04", "2019-10", [
                "Covered 150+ weddings across North India",
                "Coordinated with the bride's and groom's families on the day for group photos",
            ], "facing", "other_facing"),
            E("Photo Editor & Album Designer", "Shutterbug Events", "Yamunapuram", "2014-08", "2016-03", [
                "Culling, retouching and album layouts in Photoshop and Lightroom",
            ], "affecting"),
            E("Camera Sales Executive", "PixelPoint Camera Store", "Yamunapuram", "2012-06", "2014-07", [
                "Demonstrated DSLRs and lenses to walk-in customers; EMI paperwork and accessory upsell",
            ], "facing", "in_person_service"),
        ]),
        ("Education", ["Diploma in Photography, Yamunapuram Institute of Visual Arts, 2012", "B.A., Gomtipur University, 2011"]),
        ("Equipment", ["Sony A7 IV x2, Godox lighting, DJI Mini 3 (drone)"]),
    ],
))

# ------------------------------------------------------------------ w019
add(dict(
    file="w019.html", renderer="html", order="datesfirst", ds="mon", present="Current", sep=" — ",
    css="body{font-family:Helvetica,Arial,sans-serif;max-width:700px;margin:30px auto}h3{margin-bottom:0;color:#666;"
        "font-weight:normal}p.s{margin-top:2px;font-weight:bold}",
    family="Scottish gallery assistant, HTML CV with dates first then 'Title, Employer, Town', volunteer tour guide",
    name="Eilidh MacRae", tagline="Gallery & visitor services",
    contact=["Portside, Castlegate", "07700 900634", "eilidh.macrae@mailbox.co.uk"],
    blocks=[
        ("Experience", [
            E("Gallery Assistant", "Hearth Street Gallery", "Castlegate", "2023-03", "present", [
                "Greet visitors, talk about the works and process sales of prints and small works",
                "Help install and light each show with the technician",
            ], "facing", "in_person_service"),
            E("Exhibitions Technician (fixed-term)", "Northern Lights Museum of Design", "Taymouth", "2021-05",
              "2023-02", [
                "Built plinths and cases, hung works and condition-checked loans, mostly on closed days",
            ], "affecting"),
            E("Box Office Assistant", "The Mercat Playhouse", "Castlegate", "2019-09", "2021-04", [], "facing",
              "in_person_service"),
            E("Art Handler", "Self-employed", "Clydeford", "2018-01", "2019-08", [
                "Packed, crated and drove artworks between galleries, auction houses and storage",
            ], "affecting", et="freelance"),
        ]),
        ("Volunteering", [
            E("Volunteer Tour Guide", "Old Town Heritage Trust", "Castlegate", "2017-06", "2019-08", [
                "Led Saturday walking tours for visitors",
            ], "facing", "volunteering", section="volunteer", et="volunteer"),
        ]),
        ("Education", ["MA (Hons) Fine Art, Tayside College of Art, Taymouth, 2017"]),
        ("References", ["Available from Hearth Street Gallery and The Mercat Playhouse"]),
    ],
))

# ------------------------------------------------------------------ w020
add(dict(
    file="w020.docx", renderer="docx", page="table", order="title_org", ds="month", present="Date",
    sep=" – ",
    family="Nigerian freelance graphic designer, Word table per job, print-shop production and business centre",
    name="Ibrahim Musa Danjuma", tagline="Graphic Designer (Branding & Print)",
    contact=["Zone 5, Zuma City", "0706 555 8841", "ibrahim.danjuma@mailbox.ng"],
    blocks=[
        ("Skills", ["CorelDRAW, Photoshop, Illustrator", "Large-format print preparation", "Logo and brand identity"]),
        ("Work Experience", [
            E("Freelance Graphic Designer", "Self-employed", "Zuma City", "2020-01", "present", [
                "Work with SMEs, schools and churches on logos, flyers and event banners",
                "Meet clients to agree briefs and quotes, then present drafts on WhatsApp or in person",
            ], "facing", "entrepreneurial_freelance", et="freelance"),
            E("Graphic Designer", "Crestline Prints & Branding Ltd", "Zone 5, Zuma City", "2017-06", "2019-12", [
                "Designed jobs from the front desk's job tickets",
                "Prepared files for large-format and offset printing",
            ], "affecting"),
            E("Machine Operator", "Crestline Prints & Branding Ltd", "Zone 5, Zuma City", "2015-03", "2017-05", [
                "Operated the large-format printer, laminator and finishing equipment for customer orders",
            ], "affecting"),
            E("Business Centre Attendant", "Ace Cyber Café & Business Centre", "Shere Hills", "2012-09", "2015-02", [
                "Typing, printing, scanning and photocopying for walk-in customers",
            ], "facing", "in_person_service"),
        ]),
        ("Education", ["HND Fine & Applied Arts, Highland State Polytechnic, 2014"]),
        ("Referees", ["Available on request."]),
    ],
))

# ------------------------------------------------------------------ w021
add(dict(
    file="w021.pdf", renderer="fpdf2", page="left", order="pipe", ds="m/yyyy", present="Present",
    paper="letter",
    family="US video editor, fpdf2 left-aligned header, 'Title | Employer | Town' lines with right-aligned m/yyyy dates",
    name="Kevin Tran-Morales", tagline="Video Editor · Motion Graphics",
    contact=["Vista Arroyo, CA", "(818) 555-0152", "kevin.tranmorales@mailbox.com"],
    blocks=[
        ("Experience", [
            E("Senior Video Editor", "Copperline Post", "Vista Arroyo, CA", "2020-03", "present", [
                "Edit broadcast promos and streaming trailers in Avid and Premiere",
                "Conform, online and deliver to network specs",
            ], "affecting"),
            E("Assistant Editor", "Copperline Post", "Vista Arroyo, CA", "2017-09", "2020-02", [
                "Ingested and synced dailies, managed media and prepped turnovers",
            ], "affecting"),
            E("In-house Designer", "Lakeshore Health Network", "Linden Oaks, CA", "2015-06", "2017-08", [
                "Ran the design request desk for 30 departments: intake meetings with each requester, "
                "then posters, signage, slide decks and training animations",
            ], "facing", "internal_support"),
            E("Projectionist", "Starline Cinemas", "Sorrel Park, CA", "2013-05", "2015-05", [
                "Ran digital projection and sound for 12 screens; built show playlists",
            ], "affecting"),
        ]),
        ("Education", ["B.A. Film Production, Cal State Valley, 2015"]),
        ("Tools", ["Avid Media Composer, Premiere Pro, After Effects, DaVinci Resolve, Frame.io"]),
    ],
))

# ------------------------------------------------------------------ w022
add(dict(
    file="w022.txt", renderer="txt", txtstyle="plain", txtdates="pad", order="orgfirst", ds="mon",
    present="Present", bchar="•",
    family="Philippine hotel events coordinator pasted as text, employer headings in capitals with roles beneath",
    name="Jessa Mae Villanueva", tagline="Events Coordinator",
    contact=["Puerto Bayani City", "0917 555 3380", "jessamae.villanueva@mailbox.ph"],
    blocks=[
        ("Objective", "To join a hotel or venue sales and events team where I can grow into a catering sales role."),
        ("Employment History", [
            E("Events Coordinator", "Bayside Skyline Hotel", "Puerto Bayani City", "2021-05", "present", [
                "Handle wedding, debut and corporate inquiries and conduct site inspections with clients",
                "Prepare quotations, BEOs and function sheets; coordinate with F&B and housekeeping",
            ], "facing", "sales_account"),
            E("Banquet Server", "Bayside Skyline Hotel", "Puerto Bayani City", "2019-06", "2021-04", [
                "Served plated and buffet functions for up to 600 guests",
            ], "facing", "in_person_service"),
            E("Photo Booth Attendant (part-time)", "Snapshot Booth Co.", "Sta. Lucia City", "2017-08", "2019-05", [
                "Set up booths at weddings and company parties; helped guests with props and printed strips",
            ], "facing", "in_person_service"),
            E("Customer Service Associate", "Northbridge Contact Solutions", "Mabini Hills", "2016-01", "2017-07", [
                "Answered billing and delivery calls for an American furniture retailer",
            ], "facing", "contact_center"),
        ]),
        ("Education", ["BS Hotel and Restaurant Management, Lyceum of Puerto Bayani (2015)"]),
        ("Seminars Attended", ["Wedding Planning Essentials (2022)", "Basic Food Safety (2019)"]),
        ("Character References", ["Upon request"]),
    ],
))

# ------------------------------------------------------------------ w023
add(dict(
    file="w023.docx", renderer="docx", page="sidebar", order="title_org", ds="iso", present="atual",
    sidehex="F3E5D8",
    family="Brazilian marketing analyst, Word layout table with shaded sidebar, yyyy-mm dates, bilingual titles",
    name="Beatriz Campos Lacerda", tagline="Marketing & Community",
    contact=["Serra Dourada – MG", "+55 31 99555-0447", "bia.lacerda@mailbox.com.br"],
    side=[("Competências", ["Google Analytics 4", "RD Station CRM", "Meta Ads", "Power BI", "Canva"]),
          ("Idiomas", ["Português nativo", "Inglês avançado"]),
          ("Formação", ["Publicidade e Propaganda, Faculdade Serrana de Comunicação, 2018"])],
    blocks=[
        ("Experiência", [
            E("Analista de Marketing", "Cafés Serra Alta", "Serra Dourada", "2021-03", "present", [
                "Campaign reporting dashboards and CRM segmentation",
                "Trade-marketing materials for supermarket shelves",
            ], "affecting"),
            E("Community Manager", "Loja Girassol", "Serra Dourada", "2019-01", "2021-02", [
                "Responded to customer comments and WhatsApp messages; handled late-delivery complaints",
                "Weekly community report for the founders",
            ], "facing", "digital_service"),
            E("Estagiária de Comunicação", "Fundação Cultural Ipê Amarelo", "Serra Dourada", "2017-08", "2018-12", [
                "Wrote press releases and event listings; photographed openings; updated the website",
            ], "affecting", et="internship"),
            E("Atendente", "Papelaria Central", "Vale do Ipê", "2015-02", "2017-07", [
                "Balcão, caixa e reposição – served school-supply customers at the counter",
            ], "facing", "in_person_service"),
        ]),
    ],
))

# ------------------------------------------------------------------ w024
add(dict(
    file="w024.pdf", renderer="reportlab", page="plain", center=True, order="title_org", ds="month",
    present="Present",
    family="UK PR manager, reportlab centred header, single column, press office and internal comms",
    name="Georgina Blackwood", tagline="PR Manager – consumer and public sector",
    contact=["Thamesreach", "07700 900902", "georgie.blackwood@mailbox.co.uk"],
    blocks=[
        ("Career history", [
            E("PR Manager", "Ashgrove Consumer PR", "Thamesreach", "2021-09", "present", [
                "Lead three food and drink accounts and run monthly client reviews",
                "Pitch stories to national and trade journalists; manage influencer programmes",
            ], "facing", "sales_account"),
            E("Press Officer", "Eastfield Borough Council", "Eastfield", "2018-04", "2021-08", [
                "Responded to media enquiries from local and national press, often to same-day deadlines",
                "Wrote statements and managed the council's social media channels",
            ], "facing", "other_facing"),
            E("Internal Communications Officer", "Meridian Rail Engineering", "Trentham Cross", "2016-02", "2018-03", [
                "Staff magazine, intranet news and the CEO's blog",
            ], "none"),
        ]),
        ("Education", ["BA Journalism, Don Valley University, 2014", "CIPR Foundation Award, 2017"]),
    ],
))

# ------------------------------------------------------------------ w025
add(dict(
    file="w025.md", renderer="md", mddates="line", order="title_org", ds="iso", present="heute", sep=" – ",
    family="German portrait photographer in Markdown, yyyy-mm dates, German titles, Bundesfreiwilligendienst",
    name="Felix Brandauer", tagline="Fotograf – Portrait & Business",
    contact=["Rheinfeld-Nord", "+49 176 5550 1123", "felix@mailbox.de"],
    blocks=[
        ("Berufserfahrung", [
            E("Fotograf (Portrait & Business)", "Selbstständig", "Rheinfeld", "2019-02", "present", [
                "Business headshots in my studio and at clients' offices",
                "Advise clients on outfits and setting before the shoot; retouching and delivery",
            ], "facing", "entrepreneurial_freelance", et="freelance"),
            E("Fotoassistent", "Studio Rheinlicht", "Rheinfeld", "2016-09", "2019-01", [
                "Lighting set-ups, tethered capture and set building for product shoots",
            ], "affecting"),
            E("Verkäufer Fotofachhandel", "Foto Brenner", "Düsselbach", "2014-08", "2016-08", [
                "Beratung und Verkauf – cameras, lenses and printing service for customers",
            ], "facing", "in_person_service"),
            E("Bundesfreiwilligendienst", "Werkstatt Sonnenhof Düsselbach", "Düsselbach", "2013-09", "2014-07", [
                "Supported adults with disabilities in the workshop and on outings",
            ], "facing", "volunteering", section="volunteer", et="volunteer"),
            E("Produktionshelfer", "Kunststofftechnik Wupper GmbH", "Düsselbach", "2012-07", "2013-08", [
                "Fed injection-moulding machines and checked parts against the gauge",
            ], "none"),
        ]),
        ("Ausbildung", ["Ausbildung Fotograf (IHK), 2016"]),
        ("Sprachen", ["Deutsch, Englisch (gut)"]),
    ],
))

# ------------------------------------------------------------------ w026
add(dict(
    file="w026.docx", renderer="docx", page="header", order="title_org", ds="mon", present="Present",
    docstyles=False, bchar="▪",
    family="Indian brand manager, name and contact in the Word page header, education first, college fest year-only",
    name="Rohan Deshpande", tagline="Brand Manager – Beverages",
    contact=["Palm Grove East, Sagarpur", "+91 98200 55391", "rohan.deshpande@mailbox.in"],
    blocks=[
        ("Education", ["MBA (Marketing), Devgiri Institute of Management Studies, 2018",
                       "B.E. (Electronics), Santragarh College of Engineering, 2015"]),
        ("Work Experience", [
            E("Brand Manager", "Tarang Beverages Pvt. Ltd.", "Sagarpur", "2021-04", "present", [
                "Brand P&L, ATL/BTL campaigns and agency management",
                "Consumer insight studies for the juice portfolio",
            ], "affecting"),
            E("Assistant Brand Manager", "Tarang Beverages Pvt. Ltd.", "Sagarpur", "2019-06", "2021-03", [
                "Launched the mango variant in 3 states",
                "Planned in-store sampling and briefed the promoter agency's supervisors",
            ], "affecting"),
            E("Management Trainee – Sales", "Sunbeam Consumer Products Ltd.", "Devgiri", "2018-06", "2019-05", [
                "Handled 40 retailers and 2 distributors in Devgiri East: order booking, scheme communication, "
                "claims settlement",
            ], "facing", "sales_account"),
        ]),
        ("Extra-curricular", [
            E("Sponsorship Team Volunteer", "Utsav Cultural Fest, Devgiri Institute of Management Studies", "Devgiri",
              "2016-01", "2017-12", [
                "Pitched to local businesses for fest sponsorship",
            ], "facing", "volunteering", section="other", et="volunteer", prec="year"),
        ]),
        ("Achievements", ["Best New Launch award, Tarang Beverages (2020)"]),
    ],
))

# ------------------------------------------------------------------ w027
add(dict(
    file="w027.pdf", renderer="fpdf2", page="sidebar", order="title_org", ds="month", present="Present",
    sidecolor=(238, 228, 240),
    family="Nigerian event planner, fpdf2 with shaded left sidebar, own business, decorator and usher jobs",
    name="Adaeze Nwachukwu", tagline="Event Planner & Creative Director",
    contact=["Ajiran Phase 1, Isale-Odo", "0812 555 0937", "adaeze@mailbox.ng"],
    side=[("Skills", ["Wedding planning", "Vendor negotiation", "Décor design", "Budgeting"]),
          ("Education", ["B.Sc. Estate Management, Adeyemi-Lawal College, 2012"])],
    blocks=[
        ("Experience", [
            E("Lead Planner & Creative Director", "Ivory Lace Events", "Ajiran, Isale-Odo", "2019-08", "present", [
                "Meet couples and families to plan weddings, birthdays and owambe parties",
                "Manage budgets and vendors; run on-the-day coordination with a team of six",
            ], "facing", "entrepreneurial_freelance", et="freelance"),
            E("Event Decorator", "Royal Touch Decor", "Agbado-Oke, Isale-Odo", "2016-03", "2019-07", [
                "Set up halls before guests arrive: draping, florals, stage and lighting",
            ], "affecting"),
            E("Guest Relations Officer", "Eko Crest Hotel", "Marina Island", "2013-05", "2016-02", [
                "Welcomed VIP guests, handled complaints and arranged airport pick-ups",
            ], "facing", "in_person_service"),
            E("Usher (weekends)", "Crystal Hall Events Centre", "Oke-Ado", "2011-06", "2013-04", [], "facing",
              "in_person_service"),
        ]),
    ],
))

# ------------------------------------------------------------------ w028
add(dict(
    file="w028.txt", renderer="txt", txtstyle="colon", order="inline", ds="apos", present="Now",
    bchar="-",
    family="US newspaper engagement editor pasted as text, one inline line per job, Mon 'YY dates, research assistant",
    name="Latisha Greer", tagline="Community Engagement Editor",
    contact=["Port Caswell, AL", "251-555-0176", "latisha.greer@mailbox.com"],
    blocks=[
        ("Experience", [
            E("Community Engagement Editor", "Gulf Coast Herald", "Port Caswell, AL", "2022-06", "present", [
                "Run the 'Ask the Herald' inbox and answer readers' questions, or find the reporter who can",
                "Host quarterly reader forums at the public library",
                "Moderate comments on our Facebook page",
            ], "facing", "digital_service"),
            E("Staff Writer", "Gulf Coast Herald", "Port Caswell, AL", "2018-01", "2022-05", [
                "Covered education and county government",
            ], "affecting"),
            E("Copy Editor (part-time)", "Baldwin Bay Weekly", "Magnolia Bluff, AL", "2016-08", "2017-12", [],
              "affecting"),
            E("Circulation Telemarketer", "Gulf Coast Herald", "Port Caswell, AL", "2014-05", "2016-07", [
                "Called lapsed subscribers with renewal offers and took card payments",
            ], "facing", "contact_center"),
            E("Research Assistant", "Department of Communication, South Alabama State University", "Port Caswell, AL",
              "2015-09", "2016-05", [
                "Coded 1,200 news articles for a faculty content-analysis study",
            ], "none", section="other"),
        ]),
        ("Education", ["B.A. Communication, South Alabama State University, 2016"]),
    ],
))

# ------------------------------------------------------------------ w029
add(dict(
    file="w029.docx", renderer="docx", page="tabs", order="dateline", ds="mon", present="Present",
    bchar="•",
    family="Philippine remote graphic designer and illustrator, Word tab-stop layout, title, company and dates on separate lines",
    name="Carlo Miguel Reyes", tagline="Graphic Designer & Illustrator (Remote)",
    contact=["Busay Heights, Isla Verde City", "+63 932 555 0618", "carlo.reyes.design@mailbox.ph"],
    blocks=[
        ("Summary", "Remote designer for US agencies and direct clients since 2019. Fast with social ads, "
                    "careful with type."),
        ("Work Experience", [
            E("Graphic Designer (Remote)", "Cloudberry Creative LLC", "Remote – Isla Verde City", "2021-10", "present", [
                "Create social ads and landing pages from Asana briefs for the agency's clients",
                "All client contact goes through the US account managers",
            ], "affecting"),
            E("Freelance Illustrator", "Self-employed", "Isla Verde City", "2019-05", "2021-09", [
                "Worked one-on-one with authors and small brands; video calls to go over sketches",
                "Handled revisions, invoices and deadlines",
            ], "facing", "entrepreneurial_freelance", et="freelance"),
            E("Layout Artist", "Sugbo Daily News", "Isla Verde City", "2017-06", "2019-04", [
                "Page layout for the daily print edition",
            ], "affecting"),
            E("Sales Clerk", "Calle Real Bookstore & School Supplies", "Isla Verde City", "2015-04", "2017-05", [
            ], "facing", "in_person_service"),
            E("CAD Draftsman", "Mactan Steel Fabricators Inc.", "Olango Bay City", "2013-05", "2015-03", [
                "Shop drawings for steel roof trusses and mezzanines in AutoCAD",
            ], "none"),
        ]),
        ("Education", ["BFA Visual Communication, Mactan Arts College, 2017"]),
    ],
))

# ------------------------------------------------------------------ w030
add(dict(
    file="w030.html", renderer="html", order="org_title", ds="mm.yyyy", present="heute", sep="–",
    family="German museum educator, HTML CV, employer line first then title, mm.yyyy dates, summer volunteer",
    name="Miriam Köhler", tagline="Museum Educator / Museumspädagogin",
    contact=["Pleißenau-Weststadt", "+49 157 5550 6620", "miriam.koehler@mailbox.de"],
    blocks=[
        ("Berufserfahrung", [
            E("Museumspädagogin", "Stadtmuseum Lindenau", "Pleißenau", "2020-09", "present", [
                "Lead school workshops and guided tours for groups of all ages",
                "Develop holiday programmes for families",
            ], "facing", "education"),
            E("Besucherservice (Teilzeit)", "Kunsthalle am Markt", "Pleißenau", "2018-03", "2020-08", [
                "Ticket desk, cloakroom and gallery supervision",
            ], "facing", "in_person_service"),
            E("Studentische Hilfskraft Digitalisierung", "Grafiksammlung der Universität Pleißenau", "Pleißenau",
              "2016-10", "2018-02", [
                "Scanning prints and entering metadata into the collection database",
            ], "none", section="other"),
        ]),
        ("Ehrenamt", [
            E("Volunteer, Stage & Set Building", "Kulturverein Weststadt e.V.", "Pleißenau", "2017-06", "2017-08", [
                "Built stage sets and painted backdrops for the summer festival",
            ], "affecting", section="volunteer", et="volunteer", dt="Sommer 2017"),
        ]),
        ("Studium", ["M.A. Kunstgeschichte, Universität Pleißenau, 2019"]),
    ],
))
