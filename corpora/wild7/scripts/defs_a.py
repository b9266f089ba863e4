"""Résumé definitions w001–w015.  Each dict renders the file and its gold line."""
from lib import E

DEFS = []

# ---------------------------------------------------------------- w001 South Africa, reportlab sidebar
DEFS.append(dict(
    file="w001.pdf", family="South African CV, dark left sidebar / bank teller to debt counsellor",
    layout="reportlab, sidebar", dates="mon / 'Present', year-only volunteer",
    render="rl_sidebar",
    name="Thandeka Mokoena", headline="Financial Wellness Counsellor",
    contact=["Glenwood, Durban 4001", "+27 71 555 0192", "thandeka.mokoena@mailbox.co.za",
             "Driver's licence: Code B"],
    side=[("LANGUAGES", ["isiZulu (home language)", "English (fluent)", "Afrikaans (basic)"]),
          ("SKILLS", ["Debt review & budgeting", "Motivational interviewing", "Collections systems (Debtmaster 7)",
                      "Cash handling", "MS Excel, Word"]),
          ("EDUCATION", ["BCom Financial Management (part-time), Durban Open University, 2019",
                         "National Senior Certificate, Inanda Comprehensive, 2013"]),
          ("CERTIFICATES", ["Registered Debt Counsellor (NCR), 2022", "First Aid Level 1"])],
    summary=("Counsellor with ten years in retail banking and collections. I sit on the other side of the "
             "desk now: helping families get out of debt instead of chasing them for it."),
    entries=[
        E("Financial Wellness Counsellor", "Ubuntu Debt Relief Trust", "Durban", "2022-06", "present",
          "Jun 2022 – Present", "facing", "other_facing", [
              "One-on-one budgeting sessions with over-indebted households, in isiZulu and English",
              "Negotiate restructured repayment plans with creditors on clients' behalf",
              "Run monthly money-skills workshops at taxi ranks and churches in Umlazi"]),
        E("Collections Agent (Inbound/Outbound)", "Coastline Mutual Bank – Contact Centre", "Umhlanga",
          "2018-02", "2022-05", "Feb 2018 – May 2022", "facing", "contact_center", [
              "Handled 90+ calls a day on arrears accounts of 30–120 days",
              "Set up promise-to-pay arrangements and referred hardship cases to the relief desk",
              "Top 5 agent on quality scores for 7 consecutive quarters"]),
        E("Teller", "Coastline Mutual Bank", "Pinetown branch", "2015-09", "2018-01",
          "Sep 2015 – Jan 2018", "facing", "in_person_service", [
              "Cash deposits, withdrawals and foreign exchange at the counter",
              "Balanced the drawer at close; no shortages in 2017"]),
        E("Data Capturer (temporary)", "Umkhomazi District Records Office", "Scottburgh",
          "2014-11", "2015-07", "Nov 2014 – Jul 2015", "none", None, [
              "Captured historical title deeds into the new records database",
              "Scanned and indexed 12,000 files"]),
        E("Volunteer Reading Tutor (Saturdays)", "Siyafunda Reading Club", "KwaMashu",
          "2016", "2019", "2016 – 2019", "facing", "education", [
              "Read with Grade 2–4 learners in small groups",
              "Helped set up a lending box library"], section="volunteer", etype="volunteer"),
    ]))

# ---------------------------------------------------------------- w002 Austria, docx date table
DEFS.append(dict(
    file="w002.docx", family="Austrian CV in English, two-column date table / cook to ski instructor and hut keeper",
    layout="docx, date table", dates="mm/yyyy / 'present', 'since'", render="docx_datetable",
    name="Lukas Gruber",
    personal=[("Address", "Hauptplatz 14, 8970 Schladming, Austria"), ("Phone", "+43 664 555 2817"),
              ("E-mail", "lukas.gruber@alpenpost.at"), ("Date of birth", "03.05.1992"), ("Nationality", "Austrian")],
    entries=[
        E("Ski Instructor (winter seasons)", "Skischule Tauernblick", "Schladming", "2019-12", "present",
          "since 12/2019", "facing", "education", [
              "Group and private lessons for children and adults, beginner to advanced",
              "Lessons in German, English and some Italian",
              "Organise the weekly kids' race and medal ceremony"]),
        E("Hut Keeper (summer seasons)", "Grafenberghütte", "Dachstein region, 1,940 m",
          "2021-06", "2025-09", "06/2021 – 09/2025", "facing", "in_person_service", [
              "Ran the hut with one colleague from June to September: beds for 42 hikers, kitchen, bar",
              "Took bookings by phone and e-mail, welcomed guests and gave route and weather advice",
              "Ordered supplies for the helicopter drop twice per season"]),
        E("Chef de Partie", "Hotel Schlossberg Terrassen", "Graz", "2017-10", "2019-11",
          "10/2017 – 11/2019", "affecting", None, [
              "Responsible for the sauce and meat station, à la carte and banquets up to 180 covers",
              "Trained two apprentices; HACCP documentation"]),
        E("Commis de Cuisine", "Hotel Schlossberg Terrassen", "Graz", "2015-09", "2017-09",
          "09/2015 – 09/2017", "affecting", None, [
              "Mise en place for cold kitchen and pastry", "Breakfast buffet production"]),
        E("Apprentice Cook", "Gasthof Kernstock", "Leibnitz", "2012-09", "2015-08",
          "09/2012 – 08/2015", "affecting", None, [
              "Three-year apprenticeship (Lehre) completed with distinction",
              "Styrian regional cooking, game and pumpkin-seed oil dishes"]),
        E("Civilian Service – Ambulance Assistant", "Rettungsverband Südsteiermark", "Leibnitz",
          "2011-10", "2012-06", "10/2011 – 06/2012", "facing", "healthcare_care", [
              "Patient transport and emergency runs as second crew member",
              "Looked after patients during transport, took handovers from nursing staff"]),
    ],
    sections=[("Education", [("2006 – 2011", "HLW (secondary school for tourism), Bad Gleichenberg – Matura")]),
              ("Qualifications", [("2021", "State-certified Ski Instructor (Landesskilehrer)"),
                                  ("2014", "Allergen training (Allergeninformationsverordnung)"),
                                  ("2011", "Rettungssanitäter (ambulance paramedic certificate)")]),
              ("Languages", [("German", "native"), ("English", "C1"), ("Italian", "A2")])]))

# ---------------------------------------------------------------- w003 Vietnam, email pasted as txt
DEFS.append(dict(
    file="w003.txt", family="Vietnamese applicant, work history pasted into an e-mail / garment QC to online shop and delivery",
    layout="txt, email", dates="mm/yyyy 'to', 'until now'", render="txt_email",
    name="Nguyễn Thị Lan",
    entries=[
        E("Delivery partner", "GoXanh app", "Ho Chi Minh City", "2023-03", "present",
          "from 03/2023 until now", "facing", "in_person_service", [
              "I deliver food and small parcels by motorbike, 6 hours every evening",
              "When the address is not clear I call the customer and hand the order to them at the gate",
              "Rating 4.9/5 from customers"], etype="freelance"),
        E("Owner", "Lan Thêu Shop", "online, Thủ Đức", "2021-06", "present",
          "from 06/2021 until now", "facing", "entrepreneurial_freelance", [
              "I sell hand-embroidered bags and áo dài accessories on Facebook and Zalo",
              "I answer customers' messages, take custom orders and send by post"], etype="freelance"),
        E("QC Inspector", "Phú Thịnh Garment Co., Ltd.", "Bình Dương", "2016-08", "2021-05",
          "08/2016 to 05/2021", "affecting", None, [
              "Checked stitching and measurements for export orders (jackets, children's wear) before packing",
              "Wrote defect reports for the line leader and the buyer's auditor"]),
        E("Sewing Machine Operator", "Phú Thịnh Garment Co., Ltd.", "Bình Dương", "2014-03", "2016-07",
          "03/2014 to 07/2016", "none", None, [
              "Sewed collars and sleeves on the production line, target 600 pieces per day"]),
    ]))

# ---------------------------------------------------------------- w004 Scotland, markdown h2/h4
DEFS.append(dict(
    file="w004.md", family="Scottish electrician CV in Markdown (h2 sections, h4 roles, italic dates)",
    layout="md, h4 + italic date line", dates="mon / 'present', year-only, undated", render="md_h4",
    name="Callum Fraser",
    contact="Inverness · 07700 900 418 · callum.fraser@northmail.scot · Full UK licence, own van",
    summary=("Time-served electrician (JIB Approved), now working on wind turbines. Happy up a tower in a "
             "gale or in someone's kitchen explaining why their fuse board is from 1978."),
    entries=[
        E("Wind Turbine Technician", "Highland Gust Renewables Ltd", "Dingwall", "2021-04", "present",
          "Apr 2021 – present", "none", None, [
              "Scheduled and reactive maintenance on 2.3 MW turbines across three onshore sites",
              "Torque checks, converter faults, blade inspections with rope access team",
              "GWO Basic Safety Training, working at height in remote locations"]),
        E("Domestic Electrician", "Fraser & Munro Electrical", "Inverness", "2016-09", "2021-03",
          "Sep 2016 – Mar 2021", "facing", "in_person_service", [
              "Rewires, consumer unit upgrades and EV chargers in occupied homes",
              "Walked homeowners through the quote, the work and the EICR results",
              "Dealt with call-backs and snagging directly with the customer"]),
        E("Apprentice Electrician", "Fraser & Munro Electrical", "Inverness", "2012-08", "2016-08",
          "Aug 2012 – Aug 2016", "none", None, [
              "First and second fix on new-build housing sites",
              "Containment and tray work on a school extension"]),
        E("Under-12s Coach", "Strathpeffer Shinty Club", "Strathpeffer", None, None, "", "facing", "education", [
              "Tuesday and Thursday training, Saturday matches"], section="volunteer", etype="volunteer"),
    ],
    sections=[("Education & tickets", ["- SVQ Level 3 Electrotechnical Services, Inverness College, 2016",
                                       "- 18th Edition BS 7671 (2019)", "- GWO BST, ECS Gold Card, IPAF 3a/3b"]),
              ("Skills", ["Fault finding · testing & inspection · LV switchgear · Gaelic (conversational)"])]))

# ---------------------------------------------------------------- w005 Japan, rirekisho-style table (fpdf2)
DEFS.append(dict(
    file="w005.pdf", family="Japanese rirekisho-style CV in English (year / month / event table)",
    layout="fpdf2, rirekisho table", dates="year + month columns, joined/resigned rows", render="fp_rirekisho",
    name="SATO Haruka", furigana="Sato Haruka", born="Born 14 October 1989 (age 37)",
    address="2-11-5 Higashiyama, Kanazawa-shi, Ishikawa 920-0831",
    phone="080-5555-2764", email="haruka.sato.kz@kurumi-mail.jp",
    edu=[("2005", "4", "Entered Kanazawa Minami Prefectural High School"),
         ("2008", "3", "Graduated from Kanazawa Minami Prefectural High School"),
         ("2008", "4", "Entered Hokuriku Institute of Technology, Faculty of Mechanical Engineering"),
         ("2012", "3", "Graduated from Hokuriku Institute of Technology")],
    licences=[("2011", "5", "Ordinary Motor Vehicle Licence (Class 1)"), ("2019", "1", "TOEIC 860"),
              ("2021", "6", "National Government Licensed Guide Interpreter (English)")],
    motivation=("After six years in quality assurance I moved into hospitality and inbound travel, "
                "where I can use English every day. I am looking for a customer-facing role in a company "
                "that serves overseas clients."),
    entries=[
        E("Quality Engineer", "Kanazawa Seimitsu Co., Ltd.", "Kanazawa", "2012-04", "2018-03", "",
          "affecting", None, ["Outgoing inspection of automotive brackets; 8D reports on customer claims"],
          joined="Joined Kanazawa Seimitsu Co., Ltd. – assigned to Quality Assurance Dept. as Quality Engineer (outgoing inspection, 8D reports on customer claims)",
          left="Resigned from Kanazawa Seimitsu Co., Ltd. for personal reasons"),
        E("Front Desk Staff (part-time)", "Hotel Asanogawa Bettei", "Kanazawa", "2018-07", "2019-12", "",
          "facing", "in_person_service", ["Check-in and concierge for guests, mainly from overseas"],
          joined="Hotel Asanogawa Bettei – Front Desk Staff (part-time); check-in and concierge for overseas guests",
          left="Left Hotel Asanogawa Bettei (end of contract)", etype="paid"),
        E("Inbound Tour Coordinator", "Hokuriku Journeys K.K.", "Kanazawa", "2020-01", "2022-09", "",
          "facing", "sales_account", [
              "Handled enquiries and quotations from overseas travel agencies by e-mail and video call",
              "Accompanied agency groups as guide-interpreter"],
          joined="Joined Hokuriku Journeys K.K. as Inbound Tour Coordinator (enquiries and quotations from overseas travel agencies; guide-interpreter for groups)",
          left="Resigned from Hokuriku Journeys K.K. (company downsized during border closure)"),
        E("Support Specialist (Japanese market)", "Norisuke Cloud Inc.", "Tokyo (remote from Kanazawa)",
          "2022-10", "present", "", "facing", "digital_service", [
              "Chat and e-mail support in Japanese and English for users of a cloud accounting app",
              "Writes help-centre articles for new features"],
          joined="Joined Norisuke Cloud Inc. as Support Specialist (Japanese market) – chat and e-mail support for app users, help-centre articles (remote)",
          left=None),
    ]))

# ---------------------------------------------------------------- w006 Québec, docx heading + right tab
DEFS.append(dict(
    file="w006.docx", family="Québec résumé in English, bold titles with right-tabbed dates / payroll to municipal counter after parental break",
    layout="docx, right tab stop", dates="'January 2020 to March 2021', year-only", render="docx_tabs",
    name="Marie-Ève Tremblay",
    contact="Sherbrooke (Québec) J1H 3K7  |  819-555-0143  |  me.tremblay@courrielqc.ca",
    summary=("Bilingual (French/English) administrative professional returning to work after raising two "
             "children. Seven years in payroll, now in citizen services."),
    entries=[
        E("Permit and Citizen Services Clerk", "Municipalité de Saint-Aurèle-des-Monts", "Saint-Aurèle-des-Monts, QC",
          "2023-01", "present", "January 2023 to present", "facing", "in_person_service", [
              "Front counter and phone line for residents: building permits, dog licences, tax certificates",
              "Explain by-law requirements to contractors and homeowners in French and English",
              "Take payments and reconcile the counter cash at day end"]),
        E("Career break – parental", None, None, "2018-06", "2022-12", "June 2018 to December 2022",
          "none", None, ["Full-time parent to two children; completed online certificate in municipal administration (2022)"],
          section="other", etype="unknown"),
        E("Payroll Technician", "Groupe Forestier Boréal-Estrie inc.", "Sherbrooke, QC", "2013-03", "2018-05",
          "March 2013 to May 2018", "facing", "internal_support", [
              "Bi-weekly payroll for 340 forestry and sawmill employees",
              "Source deductions, RL-1 and T4 slips, CNESST reports",
              "Ran the Friday pay window at the sawmill, answering employees' questions about their pay stubs"]),
        E("Cashier (student job)", "Marché Fleurimont", "Sherbrooke, QC", "2009", "2012", "2009 to 2012",
          "facing", "in_person_service", ["Evenings and weekends during CEGEP and university"]),
        E("Parent Committee Member", "CPE Les Petits Pins", "Sherbrooke, QC", "2020", "2022", "2020 to 2022",
          "none", None, ["Reviewed the daycare budget and menus; took minutes at board meetings"],
          section="volunteer", etype="volunteer"),
    ],
    sections=[("EDUCATION", ["Certificate in Municipal Administration, Université de l'Estrie (online), 2022",
                             "DEC in Accounting and Management Techniques, Cégep de la Rivière-Saint-François, 2012"]),
              ("LANGUAGES AND TOOLS", ["French (native), English (fluent) · AccèsCité Territoire, Excel, Word"])]))

# ---------------------------------------------------------------- w007 Malaysia, LinkedIn export
DEFS.append(dict(
    file="w007.txt", family="Malaysian UX researcher, LinkedIn profile export pasted as text",
    layout="txt, linkedin export", dates="Mon YYYY - Present · n yrs m mos", render="txt_linkedin",
    name="Nurul Aisyah Kamal", headline="Senior UX Researcher at Kopitiam Pay | ex-LajuMart | Mixed methods, fintech",
    location="Kuala Lumpur, Federal Territory of Kuala Lumpur, Malaysia",
    about=("I help product teams understand the people who use their apps. Seven years across design and "
           "research in e-commerce and payments, from freelance posters for kopitiams to usability labs."),
    entries=[
        E("Senior UX Researcher", "Kopitiam Pay Sdn Bhd", "Kuala Lumpur, Malaysia", "2023-01", "present", "",
          "affecting", None, [
              "Plan and run user interviews and diary studies with hawkers and small merchants",
              "Synthesise findings into journey maps that drive the merchant onboarding roadmap",
              "Built the research repository used by 6 product squads"], ltype="Full-time", lmode="Hybrid"),
        E("Product Designer", "LajuMart Sdn Bhd", "Petaling Jaya, Selangor, Malaysia", "2020-07", "2022-12", "",
          "affecting", None, [
              "Designed the checkout and grocery substitution flows for the app",
              "Ran A/B tests with the growth team; checkout drop-off down 11%"], ltype="Full-time"),
        E("UI Designer", "LajuMart Sdn Bhd", "Petaling Jaya, Selangor, Malaysia", "2019-11", "2020-06", "",
          "affecting", None, ["Component library and promo banners"], ltype="Full-time"),
        E("Freelance Graphic Designer", "Self-employed", "Kuala Lumpur", "2017-03", "2019-10", "",
          "facing", "entrepreneurial_freelance", [
              "Worked directly with cafe and shop owners from brief to print-ready files",
              "Quoted, pitched and invoiced my own clients"], etype="freelance", ltype="Freelance"),
        E("Retail Assistant", "Kedai Buku Pelangi", "Bangsar, Kuala Lumpur", "2015-06", "2017-02", "",
          "facing", "in_person_service", [], ltype="Part-time"),
        E("Mentor", "DesignMentor MY", "Remote", "2021-03", "present", "", "facing", "volunteering", [
              "Monthly video sessions with junior designers on portfolios and interviews"],
          section="volunteer", etype="volunteer", lcause="Education"),
    ],
    education=[("Universiti Teknologi Selatan", "Bachelor of Design, Communication Design", "2013 - 2017")],
    skills=["User Research", "Usability Testing", "Figma", "Journey Mapping", "Bahasa Malaysia"]))

# ---------------------------------------------------------------- w008 Romania, Europass-style form
DEFS.append(dict(
    file="w008.pdf", family="Romanian pharmacist, Europass-style form (label column + language grid)",
    layout="reportlab, europass form", dates="dd/mm/yyyy – Present", render="rl_europass",
    name="Andreea Popescu",
    personal=[("Address", "Str. Observatorului 27, 400363 Cluj-Napoca (Romania)"),
              ("Telephone", "+40 745 555 310"), ("E-mail", "andreea.popescu@postaro.ro"),
              ("Nationality", "Romanian"), ("Date of birth", "22/02/1993")],
    job_applied="Community pharmacist / pharmacy manager",
    entries=[
        E("Pharmacist", "Farmacia Someș Verde", "Cluj-Napoca", "2019-09", "present", "01/09/2019 – Present",
          "facing", "healthcare_care", [
              "Dispensing prescriptions and OTC advice; medication reviews for patients on 5+ medicines",
              "Vaccination service (influenza) since 2023",
              "Supervising two pharmacy assistants"], sector="Community pharmacy"),
        E("Medical Writer (freelance)", "Generis Pharma Romania", "Bucharest (remote)", "2023-03", "present",
          "01/03/2023 – Present", "affecting", None, [
              "Write and revise patient information leaflets and package texts for generic medicines"],
          etype="freelance", sector="Pharmaceutical manufacturer"),
        E("Clinical Trial Assistant", "Transilvania Clinical Research SRL", "Cluj-Napoca", "2016-10", "2019-08",
          "03/10/2016 – 30/08/2019", "none", None, [
              "Maintained the trial master file and site regulatory documents for oncology studies",
              "Tracked investigational product shipments and CRF queries"], sector="Contract research organisation"),
        E("Pharmacy Intern", "Farmacia Centrală Turda", "Turda", "2015-07", "2015-09",
          "01/07/2015 – 30/09/2015", "facing", "healthcare_care", [
              "Served patients at the counter under supervision of the pharmacist in charge",
              "Prepared magistral formulas"], etype="internship", sector="Community pharmacy"),
        E("Volunteer", "Asociația Zâmbet pentru Bunici", "Cluj-Napoca", "2012", "2016", "2012 – 2016",
          "facing", "volunteering", [
              "Weekly visits to older people living alone; shopping and medication reminders"],
          section="volunteer", etype="volunteer", sector="NGO – elderly care"),
    ],
    education=[("2011 – 2016", "Master of Pharmacy (6-year programme)",
                "University of Medicine and Pharmacy of Someș, Cluj-Napoca", "EQF level 7")],
    mother="Romanian",
    languages=[("English", "C1", "C1", "B2", "B2", "C1"), ("French", "B1", "B2", "A2", "A2", "A2")],
    digital="Pharmacy software (Wincorp Farma), Microsoft Office, e-prescription platform SIPE",
    licence="B"))

# ---------------------------------------------------------------- w009 Jamaica, Markdown role table
DEFS.append(dict(
    file="w009.md", family="Jamaican hospitality résumé in Markdown (summary table, then details per role)",
    layout="md, role table + h3 details", dates="mon 'yy / year-only / undated", render="md_table",
    name="Kemar Whitfield",
    contact="Montego Bay, St. James, Jamaica | (876) 555-0711 | kemarwhitfield@islandmail.jm",
    summary="Guide, bartender and selector. Ten years making visitors feel like they came home.",
    entries=[
        E("Excursion Guide", "Blue Hole Adventures Ltd", "Ocho Rios", "2021", "present", "2021 – Now",
          "facing", "in_person_service", [
              "Lead river-tubing and waterfall climbs for cruise groups of up to 25",
              "Safety briefings, first aid, storytelling about the parish history"]),
        E("Weekend DJ / Selector", "Kemistry Sound", "St. James", "2018", "present", "2018 – Now",
          "facing", "entrepreneurial_freelance", [
              "Take bookings from promoters, hotels and couples; plan the set with the client"],
          etype="freelance"),
        E("Bartender", "Sandcastle Cove Resort", "Negril", "2016-11", "2020-12", "Nov '16 – Dec '20",
          "facing", "in_person_service", [
              "Swim-up bar and beach bar, 300+ guests a day in high season",
              "Won 'Guest Favourite' staff award 2019"]),
        E("Pool & Beach Attendant", "Sandcastle Cove Resort", "Negril", "2014-05", "2016-10",
          "May '14 – Oct '16", "facing", "in_person_service", [
              "Towels, loungers, drinks orders; kept the pool deck safe and tidy"]),
        E("Farm hand (school holidays)", "Whitfield Pimento Farm", "St. Elizabeth", None, None, "",
          "none", None, ["Picking and drying pimento, weeding, feeding goats"], etype="unknown"),
    ],
    sections=[("Education", ["- St. James Technical High School – CSEC (6 subjects), 2013",
                             "- HEART/NSTA Trust – Level 2 Food & Beverage Service, 2015"]),
              ("Certifications", ["- Red Cross First Aid & CPR (2024)", "- TPDCo Tour Guide Licence"])]))

# ---------------------------------------------------------------- w010 Turkey, docx employer-first
DEFS.append(dict(
    file="w010.docx", family="Turkish export sales CV, employer headings with several roles (docx)",
    layout="docx, employer first", dates="mm.yyyy – present, Summer", render="docx_orgfirst",
    name="Elif Yıldız",
    contact=["Karşıyaka, İzmir, Türkiye", "+90 532 555 48 19", "elif.yildiz@egeposta.com.tr"],
    summary="Export sales manager for home textiles; German and English; ten years of logistics and customer work.",
    groups=[("Ege Pamuk Tekstil A.Ş.", "İzmir – home textiles manufacturer, 1,100 employees", [0, 1]),
            ("Körfez Lojistik Ltd. Şti.", "İzmir – freight forwarding and customs brokerage", [2, 3])],
    entries=[
        E("Export Sales Manager", "Ege Pamuk Tekstil A.Ş.", "İzmir", "2021-02", "present", "02.2021 – present",
          "facing", "sales_account", [
              "Manage 14 key accounts in Germany, Austria and the UK (EUR 19m turnover)",
              "Visit buyers twice a year and host them at the mill; handle claims personally",
              "Lead a team of four sales specialists"]),
        E("Export Order Coordinator", "Ege Pamuk Tekstil A.Ş.", "İzmir", "2017-05", "2021-01", "05.2017 – 01.2021",
          "affecting", None, [
              "Entered export orders in SAP and tracked them through weaving, dyeing and packing",
              "Booked shipments and prepared lab-dip and sample parcels for the sales managers"]),
        E("Customs Documentation Officer", "Körfez Lojistik Ltd. Şti.", "İzmir", "2014-09", "2017-04",
          "09.2014 – 04.2017", "affecting", None, [
              "Prepared export declarations, EUR.1 and ATR certificates for client shipments",
              "Checked commercial invoices against packing lists before loading"]),
        E("Intern", "Körfez Lojistik Ltd. Şti.", "İzmir", "2013-06", "2013-08", "Summer 2013",
          "none", None, ["Filing and data entry in the operations office"], etype="internship"),
        E("Volunteer, aid distribution", "İzmir Earthquake Relief Network", "Bayraklı, İzmir", "2023-02", "2023-04",
          "02.2023 – 04.2023", "facing", "volunteering", [
              "Handed out food, blankets and hygiene kits at the tent city; registered families' needs"],
          section="volunteer", etype="volunteer"),
    ],
    sections=[("Education", ["B.A. International Trade, Körfez University, İzmir (2010–2014)",
                             "Erasmus semester, Hochschule Rheinbach, Germany (2013)"]),
              ("Languages", ["Turkish (native) · English (C1, IELTS 7.5) · German (B2)"]),
              ("Computer skills", ["SAP SD, Logo Tiger, MS Office"])]))

# ---------------------------------------------------------------- w011 Germany, fpdf2 employer first, dates right
DEFS.append(dict(
    file="w011.pdf", family="German IT service desk CV in English (fpdf2, employer blocks, dates right)",
    layout="fpdf2, employer first + right dates", dates="mm/yyyy – today", render="fp_orgfirst",
    name="Jonas Becker", headline="IT Service Desk Team Lead",
    contact="Leipzig, Germany · +49 151 5550 3921 · jonas.becker@leipzig-mail.de · linkedin.com/in/jbecker-it",
    groups=[("Stadtwerke Saaleblick GmbH", "Halle (Saale)", [0, 1]),
            ("Müller & Sohn Systemhaus GmbH", "Leipzig", [2]),
            ("German Armed Forces (Bundeswehr)", "Frankenberg", [3])],
    entries=[
        E("IT Service Desk Team Lead", "Stadtwerke Saaleblick GmbH", "Halle (Saale)", "2022-01", "present",
          "01/2022 – today", "facing", "internal_support", [
              "Lead 7 agents supporting 1,400 colleagues in offices, depots and the call centre",
              "Handle VIP and escalated tickets myself; monthly user satisfaction 4.6/5",
              "Introduced Jira Service Management and a self-service portal"]),
        E("1st Level Support Agent", "Stadtwerke Saaleblick GmbH", "Halle (Saale)", "2019-04", "2021-12",
          "04/2019 – 12/2021", "facing", "internal_support", [
              "Hotline and walk-in desk for staff: passwords, printers, SAP authorisations, mobile phones",
              "Rolled out 600 Windows 10 laptops with desk-side handover"]),
        E("Apprentice IT Specialist (Fachinformatiker Systemintegration)", "Müller & Sohn Systemhaus GmbH",
          "Leipzig", "2016-08", "2019-03", "08/2016 – 03/2019", "affecting", None, [
              "Pre-configured servers, firewalls and laptops in the workshop for client offices",
              "Wrote the hand-over documentation the field technicians left with clients"],
          etype="paid"),
        E("Signals Soldier", "German Armed Forces (Bundeswehr)", "Frankenberg", "2015-07", "2016-06",
          "07/2015 – 06/2016", "none", None, ["Voluntary military service; field radio and network operation"],
          etype="military"),
    ],
    sections=[("Education", ["Berufsschule Leipzig – IHK final exam Fachinformatiker (grade 1.7), 2019",
                             "Abitur, Gymnasium am Auensee, Leipzig, 2015"]),
              ("Certifications", ["ITIL 4 Foundation (2020) · Microsoft 365 Endpoint Administrator (2023)"]),
              ("Languages", ["German (native) · English (C1) · Polish (A2)"])]))

# ---------------------------------------------------------------- w012 US rural teenager, ASCII txt
DEFS.append(dict(
    file="w012.txt", family="US rural teenager's first résumé, fixed-width ASCII with dates on the left",
    layout="txt, ascii dates-left", dates="Mon 'yy, Summer, year-only, undated", render="txt_ascii_left",
    name="TYLER BRANDT",
    contact=["412 Prairie View Rd, Linden Falls, IA 50583", "(712) 555-0184 | tbrandt08@farmnet.us"],
    objective="Hard-working high school junior looking for a summer job at the co-op or the grain elevator.",
    entries=[
        E("Crew Member", "Dairy Barn Drive-In", "Linden Falls, IA", "2025-05", "present", "May '25 - now",
          "facing", "in_person_service", [
              "Take orders at the window and the drive-thru speaker",
              "Make cones and shakes, clean the machines at close"]),
        E("Detasseling Crew", "Heartland Seed Co-op", "Buena Prairie County", "2024-06", "2024-08",
          "Summer 2024", "none", None, ["Pulled tassels on seed corn, 6 a.m. starts, 3 weeks straight"]),
        E("Babysitter", "Self-employed", "Linden Falls", "2022", "2024", "2022 - 2024",
          "facing", "entrepreneurial_freelance", ["Regular sitter for 4 families, kids ages 2 to 9"],
          etype="freelance"),
        E("Volunteer, Lions Club food stand", "Buena Prairie County Fair", "Linden Falls, IA",
          "2023-06", "2023-08", "Summer '23", "facing", "volunteering", [
              "Served pork burgers and made change for fairgoers"], section="volunteer", etype="volunteer"),
        E("Club Treasurer", "Linden Falls Clover Kids 4-H", "Linden Falls", None, None, "",
          "none", None, ["Keep the club's checkbook and give a report at meetings"],
          section="other", etype="volunteer"),
    ],
    sections=[("EDUCATION", ["Linden Falls Community High School, Class of 2027 - GPA 3.4",
                             "FFA member, varsity wrestling (132 lb)"]),
              ("SKILLS", ["Can drive stick and a skid loader", "Food handler card (2025)", "Reliable - never missed a shift"])]))

# ---------------------------------------------------------------- w013 Chile, Markdown nested lists
DEFS.append(dict(
    file="w013.md", family="Chilean marine ecologist, academic CV in Markdown with nested employer lists",
    layout="md, nested lists", dates="year ranges '2016–18', '2019–present', undated", render="md_nested",
    name="Camila Rojas Fuentes, PhD",
    contact="Valparaíso, Chile — camila.rojas@upsur.cl — ORCID 0000-0002-5550-1187",
    groups=[("Universidad del Pacífico Sur", "Valparaíso", [0, 1]),
            ("Instituto Austral de Oceanografía", "Puerto Montt", [2])],
    entries=[
        E("Assistant Professor, Marine Ecology", "Universidad del Pacífico Sur", "Valparaíso", "2019", "present",
          "2019–present", "facing", "education", [
              "Teach Benthic Ecology (90 students) and field course in Quintay",
              "Supervise 4 MSc and 9 undergraduate theses",
              "PI, FONDECYT Iniciación project on kelp forest recovery"]),
        E("Postdoctoral Researcher", "Universidad del Pacífico Sur", "Valparaíso", "2016", "2018", "2016–18",
          "none", None, ["Kelp population genetics; 5 papers", "Managed the seawater lab and its sensors"]),
        E("Research Assistant (doctoral fieldwork)", "Instituto Austral de Oceanografía", "Puerto Montt",
          "2012", "2015", "2012–15", "none", None, [
              "Subtidal surveys by SCUBA in the Chiloé inner sea", "Salmon-farm impact sampling"]),
        E("Presenter", "Ciencia en la Plaza", "Valparaíso", "2017", "present", "2017–present",
          "facing", "volunteering", [
              "Monthly hands-on marine science stand for families in Plaza Sotomayor"],
          section="volunteer", etype="volunteer"),
        E("Reviewer", "Revista Chilena de Ecología Costera", None, None, None, "", "none", None,
          ["Ad hoc peer review (approx. 6 manuscripts a year)"], section="other", etype="volunteer"),
    ],
    sections=[("Education", ["- **PhD Oceanography**, Universidad de Concepción del Sur, 2016",
                             "- **BSc Marine Biology**, Universidad del Pacífico Sur, 2011"]),
              ("Selected publications", ["1. Rojas Fuentes C., Ibarra P. (2024) *Kelp recovery after marine heatwaves in central Chile*. Mar. Ecol. Prog. Ser. 712: 33–48.",
                                         "2. Rojas Fuentes C. et al. (2021) *Genetic connectivity of Lessonia*. J. Phycol. 57: 1101–1115."]),
              ("Grants", ["- FONDECYT Iniciación 11220455 (2022–2025), CLP 90M"])]))

# ---------------------------------------------------------------- w014 Morocco, reportlab timeline
DEFS.append(dict(
    file="w014.pdf", family="Moroccan call-centre team leader, dates in a left timeline column (reportlab)",
    layout="reportlab, timeline left", dates="'2021.03 — now', overlapping secondment, undated", render="rl_timeline",
    name="Youssef El Amrani", headline="Team Leader · Customer Care (French & English)",
    contact="Hay Riad, Rabat · +212 661 555 072 · youssef.elamrani@atlasmail.ma",
    summary=("Eight years in customer care and hospitality. Trilingual Arabic/French/English, strong on "
             "coaching, de-escalation and quality."),
    entries=[
        E("Team Leader, Customer Care (French market)", "Atlas Contact Services", "Rabat", "2021-03", "present",
          "2021.03 — now", "facing", "contact_center", [
              "Coach 14 advisers on a French telecom account; take escalated calls myself",
              "Daily huddles, call listening, attendance and schedule adherence",
              "Team CSAT up from 78% to 88% in 2024"]),
        E("Quality Monitoring Analyst (secondment)", "Atlas Contact Services", "Rabat", "2020-04", "2020-12",
          "2020.04 — 2020.12", "affecting", None, [
              "Scored 60 recorded calls a week against the client's quality grid",
              "Calibration sessions with the client's QA team"]),
        E("Bilingual Customer Advisor", "Atlas Contact Services", "Rabat", "2018-06", "2021-02",
          "2018.06 — 2021.02", "facing", "contact_center", [
              "Inbound calls and e-mails for a French energy supplier: billing, moves, complaints"]),
        E("Night Receptionist", "Riad Dar Zitoun", "Fès", "2016-09", "2018-05", "2016.09 — 2018.05",
          "facing", "in_person_service", [
              "Late check-ins, airport transfers and breakfast orders for guests",
              "Night audit of the day's cash and card payments"]),
        E("Literacy Tutor", "Association Nour Al Maarifa", "Fès", None, None, "", "facing", "education", [
              "Taught reading and writing in Arabic to adult women, two evenings a week"],
          section="volunteer", etype="volunteer"),
    ],
    sections=[("EDUCATION", ["Licence in English Studies — Université Fès-Saïs, Faculty of Letters, 2016",
                             "Baccalauréat, Lettres modernes, 2012"]),
              ("LANGUAGES", ["Arabic (native) · French (C2) · English (C1) · Spanish (A2)"]),
              ("TOOLS", ["Genesys Cloud · Salesforce Service Cloud · Excel"])]))

# ---------------------------------------------------------------- w015 Sri Lanka, docx key-value blocks
DEFS.append(dict(
    file="w015.docx", family="Sri Lankan nursing CV, key : value blocks, personal details and referees (docx)",
    layout="docx, key-value blocks", dates="yyyy.mm – to date", render="docx_kv",
    name="W. M. DILANI PERERA",
    personal=[("Name in full", "Warnakulasuriya Mudiyanselage Dilani Perera"), ("Date of birth", "1991.07.18"),
              ("NIC No.", "916005550V"), ("Gender", "Female"), ("Civil status", "Married"),
              ("Address", "No. 42/3, Temple Road, Maharagama"), ("Mobile", "077 555 4128"),
              ("E-mail", "dilaniperera91@lankamail.lk")],
    objective="To obtain a position as a registered nurse in a reputed hospital where I can use my clinical and teaching experience.",
    entries=[
        E("Nursing Officer", "Lakdiva General Hospital (Pvt) Ltd", "Colombo 05", "2017-02", "present",
          "2017.02 – to date", "facing", "healthcare_care", [
              "Medical and surgical wards, 28 beds; shift in charge since 2021",
              "Patient assessment, medication administration, wound care and discharge teaching",
              "Infection control link nurse for Ward 4B"]),
        E("Visiting Clinical Instructor", "Ceylon Institute of Nursing Sciences", "Nugegoda", "2021-06", "2024-12",
          "2021.06 – 2024.12", "facing", "education", [
              "Supervised diploma students on ward placements and marked clinical assessments"]),
        E("Intern Nursing Officer", "Ratmalana District Base Hospital", "Ratmalana", "2016-02", "2017-01",
          "2016.02 – 2017.01", "facing", "healthcare_care", ["Rotations in paediatrics, maternity and ETU"],
          etype="internship"),
        E("Data Entry Operator", "Ruwanwella Estates (Pvt) Ltd", "Ruwanwella", "2010-05", "2012-12",
          "2010.05 – 2012.12", "none", None, ["Entered daily plucking and weighing records into the estate system"]),
    ],
    education=["Diploma in Nursing – School of Nursing, Colombo South (2013 – 2016)",
               "G.C.E. Advanced Level (2010) – Biology stream: B, C, C",
               "G.C.E. Ordinary Level (2007) – 6 A, 3 B"],
    other=["Sri Lanka Nursing Council registration No. SLNC/RN/55517",
           "BLS and ACLS certified (2024)", "Computer literacy: MS Office, HIS ward module"],
    referees=[("Mrs. K. A. Jayawardena", "Chief Nursing Officer", "Lakdiva General Hospital (Pvt) Ltd", "011 255 5100"),
              ("Dr. R. P. Samarasinghe", "Consultant Physician", "Ratmalana District Base Hospital", "011 263 5522")]))
