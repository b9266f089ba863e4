"""w001-w015."""
from lib import E

R = []

R.append(dict(
    file="w001.pdf", family="UK chemistry PhD student who demonstrates labs, Word-to-PDF single column, research section listed",
    renderer="rl", layout="plain", order="title_org", dstyle="mon", present="Present", code="reportlab, plain/title_org, mon / 'Present'",
    name="Harriet Okafor-Bell", contact=["harriet.ob@mailbox.co.uk", "07700 914 382", "Eastmoor, Yorkshire"],
    summary="Third-year PhD candidate in synthetic organic chemistry looking for a teaching-focused laboratory role. Four years of demonstrating and tutoring alongside research.",
    blocks=[
        ("jobs", "Teaching Experience", [
            E("Graduate Teaching Assistant", "School of Chemistry, University of Eastmoor", "Eastmoor", "2022-10", "present", "facing", "education",
              ["Demonstrate first-year organic practicals to groups of around 24, mostly on Tuesday and Thursday afternoons",
               "Mark lab reports against the module rubric and give written feedback within a week",
               "Run a weekly problem class for Year 2 students on spectroscopy and reaction mechanisms"]),
        ]),
        ("jobs", "Research Experience", [
            E("PhD Researcher (EPSRC DTP studentship)", "Hale Group, University of Eastmoor", "Eastmoor", "2022-10", "present", "none", None,
              ["Developing photoredox routes to strained bicyclic amines; 3 manuscripts in preparation",
               "Look after the group's flash chromatography system and solvent purification system"], section="other", emp="unknown"),
            E("Summer Research Intern", "Corvane Pharmaceuticals", "Kelbridge", "2021-06", "2021-09", "none", None,
              ["HPLC method development for an early-phase API intermediate", "Wrote up results for the process chemistry team"], emp="internship"),
        ]),
        ("jobs", "Other Employment", [
            E("Laboratory Technician (part-time)", "Marlow & Finch Analytical Ltd", "Leedham", "2020-10", "2021-05", "affecting", None,
              ["Logged incoming water and soil samples and ran ICP-OES metals panels",
               "Prepared certificates of analysis that went out to client councils and developers"]),
            E("Barista", "Grindstone Coffee", "Eastmoor", "2018-09", "2020-06", "facing", "in_person_service",
              ["Weekend shifts on a busy bar; opened the shop on Sundays"]),
        ]),
        ("text", "Education", ["PhD Chemistry, University of Eastmoor (2022 – expected 2026)",
                               "MChem Chemistry, 2:1, University of Eastmoor (2018 – 2022)"]),
        ("text", "Publications", ["Okafor-Bell H., Hale R. 'Visible-light access to azabicyclo[1.1.1]pentanes', Org. Lett. (submitted)."]),
        ("text", "Skills", ["NMR, HPLC, GC-MS, glovebox, ChemDraw, Python (basic). HEA Associate Fellow application in progress."]),
    ]))

R.append(dict(
    file="w002.docx", family="US museum educator, Word heading styles with list bullets and right tab-stop dates",
    renderer="docx", layout="styles", h2titles=True, order="title_org", dstyle="month", present="Present", code="docx, styles/title_org, month / 'Present'",
    name="Dana Whitcombe", contact=["Cold Spring Falls, NY", "(518) 555-0143", "dwhitcombe@mailbox.com"],
    summary="Informal educator with seven years in classrooms and galleries. I like the moment a kid realizes the trilobite in their hand is 400 million years old.",
    blocks=[
        ("jobs", "Experience", [
            E("Museum Educator", "Harlan Museum of Natural History", "Cold Spring Falls, NY", "2021-03", "present", "facing", "education",
              ["Teach 40-minute gallery programs for K-8 field trips, roughly 3,500 students a year",
               "Built the fossil handling cart and the sensory kit now used for visitors with autism",
               "Train and schedule 18 volunteer docents"]),
            E("Visitor Services Associate", "Harlan Museum of Natural History", "Cold Spring Falls, NY", "2019-06", "2021-02", "facing", "in_person_service",
              ["Admissions desk, membership sign-ups and renewals", "Handled lost children, wheelchair loans and the occasional irate parking complaint"]),
            E("Substitute Teacher", "Millbrook Central School District", "Millbrook, NY", "2017-09", "2019-05", "facing", "education",
              ["Long-term sub for 7th grade science (spring 2019)"]),
            E("Collections Intern", "Brannock Historical Society", "Brannock, NY", "2018-06", "2018-08", "affecting", None,
              ["Catalogued 300 textiles and household objects into the online collections database",
               "Rehoused the quilt collection in acid-free boxes"], emp="internship", dtext="Summer 2018"),
        ]),
        ("text", "Education", ["M.A. Museum Education, Tisdale College, 2019", "B.S. Geology, Ostrander State College, 2016"]),
        ("bul", "Skills", ["Inquiry-based teaching; Visual Thinking Strategies", "Altru, PastPerfect, Google Workspace", "CPR / First Aid"]),
    ]))

R.append(dict(
    file="w003.pdf", family="Indian pharmacist and clinical research coordinator, fpdf2 centred header, career objective and declaration",
    renderer="fpdf", layout="centred", order="title_org", dstyle="mon", present="till date", code="fpdf2, centred/title_org, mon / 'till date'",
    name="SNEHA RAGHAVAN", contact=["Mob: +91 94470 18822", "sneha.raghavan@mailbox.in", "Thrikkanam, Kerala"],
    summary="Career Objective: To work as a pharmacist in a reputed organisation where I can use my knowledge of pharmacotherapy and patient counselling for the growth of the organisation.",
    blocks=[
        ("jobs", "Work Experience", [
            E("Registered Pharmacist", "Sreedhar Medicals", "Thrikkanam", "2022-06", "present", "facing", "healthcare_care",
              ["Dispensing of prescriptions and checking for drug interactions",
               "Counselling patients on dosage, timing and storage of medicines, mainly insulin and inhalers",
               "Maintaining Schedule H1 register and stock indent"]),
            E("Clinical Research Coordinator", "Nilgiri Clinical Research Pvt. Ltd.", "Varunapuram", "2019-08", "2022-05", "facing", "healthcare_care",
              ["Screened and enrolled subjects for Phase III diabetes trials, took informed consent in Malayalam and English",
               "Scheduled subject visits, collected samples and entered data in CRFs",
               "Coordinated with PI and sponsor monitors during monitoring visits"]),
            E("Quality Control Trainee", "Medisyn Laboratories Ltd.", "Anjupura", "2019-01", "2019-07", "affecting", None,
              ["Dissolution and disintegration testing of tablets", "Documentation as per GLP"], emp="internship"),
            E("Hospital Pharmacy Intern", "Santhigiri Mission Hospital", "Varunapuram", "2018-06", "2018-11", "facing", "healthcare_care",
              ["Inpatient dispensing, attended ward rounds with the clinical pharmacist",
               "Took medication histories from patients at admission for reconciliation"], emp="internship"),
        ]),
        ("text", "Academic Qualification", ["B.Pharm, College of Pharmaceutical Sciences, Varunapuram – 2018 – 74%",
                                            "Higher Secondary (Science), 2014 – 91%"]),
        ("text", "Personal Details", ["Date of Birth: 14-03-1996", "Languages Known: Malayalam, English, Tamil, Hindi", "Marital Status: Single"]),
        ("text", "Declaration", ["I hereby declare that the above information is true to the best of my knowledge.", "Place: Thrikkanam          SNEHA RAGHAVAN"]),
    ]))

R.append(dict(
    file="w004.txt", family="Australian zookeeper, plain text, numeric dates with 'current', keeper talks and traineeship",
    renderer="txt", order="title_org", dstyle="mm/yyyy", present="current", sep=" - ", txt_right="tab", bullet="*", caps_heads=True,
    code="txt, plain/title_org, mm/yyyy / 'current'",
    name="Bree Lindqvist", contact=["Wirralong VIC 3714", "0412 558 903", "bree.lindqvist@mailbox.net.au"],
    summary="Primate keeper, 7+ yrs in animal care. Cert III Captive Animals, Cert IV Animal Regulation. Happy with a microphone or a shovel.",
    blocks=[
        ("jobs", "Employment", [
            E("Zookeeper - Primates", "Wirralong Wildlife Park", "Wirralong VIC", "2021-03", "present", "facing", "other_facing",
              ["Daily husbandry for siamangs, capuchins and ring-tailed lemurs; enrichment program design",
               "Deliver the 11am and 2pm keeper talks to crowds of up to 150, school holidays often 4 talks a day",
               "Host paid lemur encounter experiences (groups of 6)",
               "Operant conditioning for voluntary health checks"]),
            E("Trainee Keeper", "Wirralong Wildlife Park", "Wirralong VIC", "2019-02", "2021-02", "affecting", None,
              ["Cleaned exhibits and night quarters before opening", "Diet prep for the whole hoofstock section",
               "Record keeping in ZIMS"], emp="internship"),
            E("Veterinary Nurse (casual)", "Banksia Road Vet Clinic", "Coorabin VIC", "2017-06", "2019-01", "facing", "healthcare_care",
              ["Admitted surgical patients and went through discharge instructions with owners",
               "Monitored anaesthesia, cleaned kennels and theatre"]),
        ]),
        ("jobs", "Volunteer", [
            E("Wildlife Rescuer / Carer", "Riverbend Wildlife Rescue", "Coorabin VIC", "2015-01", "2018-12", "facing", "volunteering",
              ["Took calls from the public on the rescue hotline and talked them through containing injured animals",
               "Home-fostered orphaned ringtail possums"], section="volunteer", emp="volunteer", prec="year"),
        ]),
        ("text", "Tickets", ["Cert III Captive Animals (2020)", "Cert IV Veterinary Nursing (2017)", "Current WWCC, First Aid, Snake handling (venomous)", "Manual driver licence"]),
        ("text", "Referees", ["Available on request"]),
    ]))

R.append(dict(
    file="w005.docx", family="Canadian cataloguing technician who used to work the library information desk, Word tab-stop dates",
    renderer="docx", layout="tabs", order="title_org", dstyle="mon", present="Present", code="docx, tabs/title_org, mon / 'Present'",
    name="Mathieu Fortier-Lam", contact=["Ridgeford, ON", "mathieu.fl@mailbox.ca", "905-555-0177"],
    summary=None,
    blocks=[
        ("jobs", "Professional Experience", [
            E("Cataloguing Technician", "Ridgeford Public Library", "Ridgeford, ON", "2020-09", "present", "affecting", None,
              ["Copy and original cataloguing in RDA and MARC 21 for English and French materials",
               "Authority work and clean-up of legacy records after the ILS migration",
               "Process new acquisitions (labels, RFID tags, covers) for 6 branches"]),
            E("Library Assistant – Information Desk", "Ridgeford Public Library", "Ridgeford, ON", "2017-05", "2020-08", "facing", "in_person_service",
              ["Helped patrons find materials, set up holds and issue library cards",
               "One-on-one tech help (e-readers, printing, job applications)",
               "Closing supervisor two nights a week"]),
            E("Library Page", "Lakeshore University Library", "Port Wenham, ON", "2015-09", "2017-04", "affecting", None,
              ["Shelved and shelf-read the QA–QE ranges", "Pulled items for the holds list each morning"]),
            E("Summer Reading Club Leader", "Ridgeford Public Library", "Ridgeford, ON", "2016-06", "2016-08", "facing", "education",
              ["Weekly story and craft sessions for kids aged 6 to 10, groups of 15–25"], dtext="Summer 2016"),
        ]),
        ("text", "Education", ["Library and Information Technician Diploma, Port Wenham College, 2017", "B.A. French Studies, Lakeshore University, 2016"]),
        ("text", "Languages", ["French (native), English (fluent)"]),
    ]))

R.append(dict(
    file="w006.pdf", family="Irish archivist with reading-room duty, reportlab shaded left sidebar (contact, skills, languages)",
    renderer="rl", layout="sidebar", order="title_org", dstyle="mon", present="Present", code="reportlab, sidebar/title_org, mon / 'Present'",
    name="Siobhán Kerrigan", contact=[], caps_heads=False,
    sidebar=[("Contact", ["Ballyconnell, Co. Dromore West", "087 221 4490", "s.kerrigan@mailbox.ie"]),
             ("Skills", ["ISAD(G), EAD", "AtoM, Calm", "Palaeography (17th–19th c.)", "Preventive conservation", "Digitisation workflows"]),
             ("Languages", ["English, Irish (fluent)"]),
             ("Memberships", ["Archives & Records Association"])],
    summary=None,
    blocks=[
        ("jobs", "Experience", [
            E("Archivist", "Ballyconnell County Archives", "Ballyconnell", "2020-01", "present", "facing", "in_person_service",
              ["Catalogue estate, board of guardians and grand jury collections",
               "Run the reading room on Tuesdays and Thursdays, helping researchers and family historians with their enquiries",
               "Answer written enquiries and deliver talks to local history societies"]),
            E("Project Archivist (18-month contract)", "Drumcree Diocesan Archive", "Drumcree", "2018-03", "2019-12", "affecting", None,
              ["Arranged and described 240 boxes of parish records; finding aid published online",
               "Managed the digitisation contractor and the quality checks"]),
            E("Archives Assistant", "Special Collections, Kilbarran University Library", "Kilbarran", "2016-09", "2018-02", "facing", "in_person_service",
              ["Registered readers, retrieved items and invigilated the reading room",
               "Photocopy and scan orders"]),
            E("Tour Guide", "Carrigmore Castle", "Carrigmore", "2015-06", "2015-08", "facing", "in_person_service",
              ["Guided tours every 45 minutes in English and Irish"], dtext="Summer 2015"),
        ]),
        ("text", "Education", ["MA Archives and Records Management, Kilbarran University (2016)", "BA History and Irish, Kilbarran University (2015)"]),
    ]))

R.append(dict(
    file="w007.html", family="US science outreach coordinator, HTML résumé page, freelance writing and planetarium job at college",
    renderer="html", order="title_org", dstyle="month", present="Present", code="html, flex/title_org, month / 'Present'",
    name="Marcus Adeyemi-Ford", contact=["Kesterville, MI", "marcus.af@mailbox.com", "(616) 555-0198"],
    summary="Entomologist turned science communicator. I write, I present, and I drive a van full of live insects to elementary schools.",
    blocks=[
        ("jobs", "Experience", [
            E("Science Outreach Coordinator", "Orrin Hale Science Center", "Kesterville, MI", "2023-01", "present", "facing", "education",
              ["Run 'Science on Wheels' assemblies and classroom workshops in 60+ schools a year",
               "Staff the center's booth at county fairs and the fall science festival",
               "Recruit and train 25 volunteer presenters; track program numbers for grant reports"]),
            E("Freelance Science Writer", "Self-employed", None, "2020-04", "2022-12", "affecting", None,
              ["Wrote features and explainers on insects, disease ecology and climate for regional magazines and a museum blog",
               "Scripted six short explainer videos for a university extension channel"], emp="freelance"),
            E("Research Technician", "Department of Entomology, Weyland State University", "Weyland, MI", "2017-08", "2020-03", "none", None,
              ["Maintained Aedes and Culex colonies; ran insecticide resistance bioassays",
               "Lab ordering and chemical inventory for a group of 9"]),
        ]),
        ("jobs", "Campus Employment", [
            E("Planetarium Presenter (part-time)", "Weyland State University Planetarium", "Weyland, MI", "2015-09", "2017-05", "facing", "other_facing",
              ["Ran live sky shows for public audiences on Friday nights and for visiting scout troops"], section="other"),
        ]),
        ("text", "Education", ["B.S. Biology (Entomology minor), Weyland State University, 2017"]),
        ("text", "Selected Writing", ["“Why your porch light is a mosquito magnet” — Great Lakes Outdoors, 2021", "“The secret life of the firefly” — museum blog series, 2020"]),
    ]))

R.append(dict(
    file="w008.docx", family="South African medical technologist who started as a phlebotomist, Word borderless table per job",
    renderer="docx", layout="table", order="title_org", dstyle="month", present="Present", code="docx, table/title_org, month / 'Present'",
    name="Thandeka Mokoena", contact=["Mbongweni, Gauteng", "072 415 8836", "thandeka.mokoena@mailbox.co.za"],
    summary="HPCSA-registered Medical Technologist (Clinical Pathology) with ten years in a private pathology laboratory.",
    blocks=[
        ("jobs", "Career History", [
            E("Medical Technologist", "Lethabo Pathology Laboratories", "Mbongweni", "2019-02", "present", "affecting", None,
              ["Run haematology and chemistry analysers on the night shift; first-line troubleshooting",
               "Daily internal QC and monthly EQA submissions", "Release validated results to the LIS for doctors"]),
            E("Phlebotomist", "Lethabo Pathology Laboratories", "Mbongweni", "2016-04", "2019-01", "facing", "healthcare_care",
              ["Drew blood from adults and children at the Mbongweni Mall depot (60–80 patients a day)",
               "Labelled specimens, captured patient details and medical aid numbers"]),
            E("Intern Medical Technologist", "Kwanele Provincial Hospital", "Kwanele", "2015-01", "2015-12", "affecting", None,
              ["Rotations in microbiology, haematology, chemistry and blood bank"], emp="internship"),
            E("Science Centre Facilitator (part-time)", "Siyakhula Science Centre", "Mbongweni", "2013-03", "2014-11", "facing", "education",
              ["Explained exhibits to visiting school groups and ran the weekend 'slime lab'"]),
        ]),
        ("text", "Qualifications", ["National Diploma: Biomedical Technology (2014)", "HPCSA registration: MT 0091xxx"]),
        ("text", "References", ["Mrs P. Dlamini, Laboratory Manager – 011 555 0920", "Mr S. Naidoo, Senior Technologist – 011 555 0931"]),
    ]))

R.append(dict(
    file="w009.pdf", family="Nigerian university lecturer's academic CV, fpdf2 left-aligned header, publications and referees",
    renderer="fpdf", layout="left", order="org_title", dstyle="mon.", present="Date", code="fpdf2, left/org_title, mon. / 'Date'",
    name="Dr Chukwuemeka Obiora-Nnadi", contact=["Department of Microbiology, Federal University Ikenga", "emeka.obiora@mailbox.ng | +234 803 555 7710"],
    caps_heads=True,
    summary=None,
    blocks=[
        ("jobs", "Working Experience", [
            E("Lecturer II", "Federal University, Ikenga", "Ikenga", "2021-10", "present", "facing", "education",
              ["Teach MCB 201 (General Microbiology) and MCB 317 (Food Microbiology) to classes of 150-220",
               "Supervise 8-10 final-year projects each session", "Research on antimicrobial resistance in poultry farms"]),
            E("Graduate Assistant", "Federal University, Ikenga", "Ikenga", "2017-03", "2021-09", "facing", "education",
              ["Conducted practical classes for 200-level students", "Invigilated and marked continuous assessment tests"]),
            E("Corps Member (NYSC) – Biology/Chemistry Teacher", "Government Secondary School, Ukpor-Ani", "Ukpor-Ani", "2015-07", "2016-06", "facing", "education",
              ["Taught SS2 Biology and Chemistry; prepared students for WAEC"], emp="unknown"),
            E("Industrial Training (SIWES) Student", "Nwafor Diagnostics Laboratory", "Nkwelle", "2013-06", "2013-11", "affecting", None,
              ["Culture and sensitivity tests, Gram staining, urine microscopy on patient samples"], emp="internship"),
        ]),
        ("text", "Academic Qualifications", ["Ph.D Applied Microbiology, Federal University Ikenga, 2021", "M.Sc Microbiology, 2017", "B.Sc (Hons) Microbiology, Second Class Upper, 2014"]),
        ("text", "Publications (selected)", ["Obiora-Nnadi C., Eze P.A. (2024) Extended-spectrum beta-lactamase E. coli in backyard poultry. Niger. J. Microbiol. 38(2): 101-110.",
                                            "Obiora-Nnadi C. et al. (2022) Antibiotic use practices among poultry farmers in Ikenga. Afr. J. Clin. Exp. Microbiol. 23(1): 44-52."]),
        ("text", "Conferences Attended", ["Nigerian Society for Microbiology 46th Annual Conference, 2023 (oral presentation)"]),
        ("text", "Referees", ["Prof. A.N. Okeke, Dept of Microbiology, FU Ikenga", "Dr (Mrs) B. Udeh, Dept of Biochemistry, FU Ikenga"]),
    ]))

R.append(dict(
    file="w010.txt", family="Welsh heritage-site visitor experience assistant, plain text 'Title - Employer, Town' with dates, career break",
    renderer="txt", order="dash", dstyle="mon", present="Present", sep=" - ", txt_right="pipe", bullet="-", caps_heads=True, underline="-",
    code="txt, plain/dash, mon / 'Present'",
    name="Gareth Pritchard", contact=["Rhydfelin | 07811 402 557 | gareth.pritchard@mailbox.cymru"],
    summary="Bilingual (Welsh/English) heritage guide. I know where the bodies are buried, literally, in three castles.",
    blocks=[
        ("jobs", "Work History", [
            E("Visitor Experience Assistant", "Castell Rhydfelin", "Rhydfelin", "2022-04", "present", "facing", "in_person_service",
              ["Guided tours of the castle and wall walk in Welsh and English",
               "Admissions, memberships and the shop till", "Look after school visits on arrival and run the dungeon trail"]),
            E("Career break", None, None, "2021-11", "2022-03", "none", None,
              ["Looked after my dad after his stroke"], emp="unknown"),
            E("Seasonal Guide", "Penmorfa Slate Caverns", "Penmorfa", "2019-03", "2021-10", "facing", "in_person_service",
              ["Underground tours for groups of up to 20 (hard hats, safety briefing, stories)", "March to October each year"]),
            E("Kitchen Assistant", "The Drovers Arms", "Llanfechan", "2017-06", "2019-02", "affecting", None,
              ["Washing up, veg prep and the Sunday carvery set-up"]),
        ]),
        ("text", "Education", ["Ysgol Uwchradd Rhydfelin - A Levels History (B), Welsh (B), Geography (C)"]),
        ("text", "Other", ["Full UK driving licence. Emergency First Aid at Work (2024)."]),
    ]))

R.append(dict(
    file="w011.docx", family="US clinical research coordinator, name and contact in the Word page header, CRO and pharmacy background",
    renderer="docx", layout="header", order="org_title", dstyle="mm/yyyy", present="Present", sep="–", code="docx, header/org_title, mm/yyyy / 'Present'",
    name="Priya Natarajan-Cole", contact=["Harrow Falls, NC", "919-555-0125", "priya.nc@mailbox.com"],
    summary="Clinical Research Coordinator (ACRP-CP) with oncology and device experience.",
    blocks=[
        ("jobs", "Professional Experience", [
            E("Clinical Research Coordinator II", "Bellmont University Medical Center – Oncology Research", "Harrow Falls, NC", "2022-05", "present", "facing", "healthcare_care",
              ["Screen, consent and enroll patients for 7 industry and cooperative-group trials",
               "Coordinate study visits with infusion and imaging; collect vitals, ECGs and PK samples",
               "EDC entry, query resolution and sponsor monitoring visit prep"]),
            E("Clinical Trial Assistant", "Verity Clinical Services", "Ashgrove, NC", "2019-08", "2022-04", "affecting", None,
              ["Maintained the eTMF for three Phase II studies; QC of essential documents before filing",
               "Tracked site regulatory packets and IRB approvals", "Took minutes at weekly study team meetings"]),
            E("Pharmacy Technician", "Corner Drug Co.", "Ashgrove, NC", "2016-06", "2019-07", "facing", "healthcare_care",
              ["Filled prescriptions and worked the pickup window and drive-thru",
               "Called insurers about rejected claims and prior authorizations"]),
        ]),
        ("jobs", "Research", [
            E("Undergraduate Research Assistant", "Memory & Aging Lab, Dept. of Psychology, Tarleton College", "Tarleton, NC", "2014-09", "2016-05", "none", None,
              ["Ran older-adult participants through recall tasks; scored and entered data"], section="other"),
        ]),
        ("text", "Education & Certification", ["B.S. Psychology, Tarleton College, 2016", "ACRP-CP (2023); CITI GCP; IATA dangerous goods shipping"]),
    ]))

R.append(dict(
    file="w012.pdf", family="Australian regional gallery assistant and exhibition technician, reportlab two-column header",
    renderer="rl", layout="twocol", order="title_org", dstyle="mon", present="Current", tagline="Gallery assistant | art handler | installer",
    code="reportlab, twocol/title_org, mon / 'Current'",
    name="Ruby Tran-Halloway", contact=["Marrang NSW 2795", "0433 218 670", "ruby.th@mailbox.com.au"],
    summary=None,
    blocks=[
        ("jobs", "Experience", [
            E("Gallery Assistant", "Marrang Regional Art Gallery", "Marrang NSW", "2023-02", "present", "facing", "in_person_service",
              ["Front desk: welcome visitors, sell catalogues and works from the shop exhibitions",
               "Invigilate the galleries and open and close the building on weekends",
               "Help the curator install exhibitions between shows"]),
            E("Exhibition Technician (casual)", "Marrang Regional Art Gallery", "Marrang NSW", "2021-07", "2023-01", "affecting", None,
              ["Install and de-install touring shows, lighting, wall painting and vinyl", "Condition checks on arrival with the registrar"]),
            E("Art Handler / Driver", "Frame & Crate Fine Art Logistics", "Tallowood NSW", "2019-03", "2021-06", "facing", "in_person_service",
              ["Packed, crated and trucked artworks between galleries, auction houses and private collectors",
               "Delivered and hung works in collectors' homes, talking the owners through placement and care"]),
        ]),
        ("jobs", "Volunteering", [
            E("Volunteer Gallery Guide", "Tallowood Contemporary", "Tallowood NSW", "2018-01", "2020-12", "facing", "volunteering",
              ["Weekend floor talks on the current show"], section="volunteer", emp="volunteer", prec="year"),
        ]),
        ("text", "Education", ["Bachelor of Fine Arts (Sculpture), Tallowood Art School, 2018"]),
        ("text", "Licences", ["MR licence, forklift (LF), working at heights, WWCC"]),
    ]))

R.append(dict(
    file="w013.md", family="Filipino marine research assistant and former high-school biology teacher, Markdown h3 titles",
    renderer="md", md_job="h3", order="title_org", dstyle="month", present="Present", sep=" - ", code="md, h3/title_org, month / 'Present'",
    name="Maria Lourdes Dimaculangan", contact=["Dalisay City", "+63 917 555 0812", "lou.dimaculangan@mailbox.ph"],
    summary="Licensed professional teacher and marine biology graduate. Open to science education, research or extension work.",
    blocks=[
        ("jobs", "Work Experience", [
            E("Research Assistant", "Visayan Coastal Research Foundation", "Dalisay City", "2022-07", "present", "facing", "other_facing",
              ["Belt-transect reef surveys and underwater fish visual census (4 MPAs)",
               "Data encoding and basic analysis in R",
               "Facilitate community consultations with fisherfolk associations in three barangays before each survey season"]),
            E("Science Teacher I (Biology)", "Santa Ines National High School", "Santa Ines", "2018-06", "2022-05", "facing", "education",
              ["Handled Grade 9 and 10 Science, 6 sections", "Adviser of the Science Club; coached the regional science quiz team",
               "Shifted to modular and online classes during the pandemic"]),
            E("Science Laboratory Aide", "Colegio de San Rafael", "Dalisay City", "2016-06", "2018-03", "affecting", None,
              ["Prepared reagents and set up apparatus for high-school laboratory periods", "Inventory and disposal of chemicals"]),
            E("Part-time Tutor", "Bright Minds Learning Center", "Dalisay City", "2015-06", "2016-05", "facing", "education",
              ["Math and Science tutorials for elementary pupils after class"]),
        ]),
        ("text", "Education", ["BS Marine Biology, Dalisay State University, 2015", "Passed LET (Licensure Exam for Teachers), 2017"]),
        ("text", "Trainings", ["Reef Check EcoDiver (2022)", "Basic Life Support (2023)"]),
    ]))

R.append(dict(
    file="w014.docx", family="UK metadata librarian with public-library counter background, Word heading styles, titles as Heading 2 with tab dates",
    renderer="docx", layout="styles", h2titles=True, order="title_org", dstyle="mon", present="present", code="docx, styles/title_org, mon / 'present'",
    name="Eleanor Fairbairn", contact=["Caldermouth", "e.fairbairn@mailbox.org.uk", "07962 331 045"],
    summary="Chartered librarian (MCLIP). Cataloguing and metadata specialist; rare books and systems.", summary_head="Profile",
    blocks=[
        ("jobs", "Employment", [
            E("Metadata Librarian", "University of Caldermouth Library", "Caldermouth", "2021-01", "present", "affecting", None,
              ["Lead on catalogue quality: batch loads of e-book records, MarcEdit clean-ups, authority control",
               "Write local cataloguing policy and train the two cataloguing assistants", "Liaise with record suppliers on quality issues"]),
            E("Rare Books Cataloguer", "Thornleigh Hall Library", "Thornleigh", "2017-09", "2020-12", "affecting", None,
              ["Catalogued 4,000 pre-1800 books to DCRM(B) standard, including provenance and bindings"], prose=True),
            E("Senior Library Assistant", "Greywater City Libraries", "Greywater", "2013-04", "2017-08", "facing", "in_person_service",
              ["Counter and enquiry desk, People's Network PCs, reservations",
               "Ran Rhyme Time and the adult reading group; covered the mobile library",
               "Deputised for the branch manager"]),
            E("Graduate Trainee Library Assistant", "Wellesford College Library", "Wellesford", "2012-09", "2013-07", "facing", "in_person_service",
              ["Issue desk, student inductions, book processing"], emp="internship"),
        ]),
        ("text", "Education", ["MA Librarianship, Caldermouth University (2016, part-time)", "BA English Literature, Greywater University (2012)"]),
    ]))

R.append(dict(
    file="w015.pdf", family="Kenyan public-health research coordinator, 2-page fpdf2 academic CV with page footer, grants and publications",
    renderer="fpdf", layout="left", order="title_org", dstyle="month", present="Present", footer="Wanjiru Kamau-Otieno – CV – page {n}",
    caps_heads=True, code="fpdf2, left/title_org, month / 'Present', footer",
    name="Wanjiru Kamau-Otieno", contact=["P.O. Box 2291-20300, Mutara", "+254 722 555 019", "wanjiru.ko@mailbox.co.ke"],
    summary="Public health researcher (MPH) with six years of field research in maternal and child health, and earlier pharmaceutical sales experience.",
    blocks=[
        ("jobs", "Professional Experience", [
            E("Field Research Coordinator", "Kilima Health Research Trust", "Mutara", "2021-05", "present", "none", None,
              ["Coordinate a household cohort study of 2,400 mother-child pairs across four sub-counties",
               "Recruit, train and supervise 12 field interviewers; daily data-quality checks in ODK and Stata",
               "Organise community entry meetings with chiefs and ward administrators before each survey round"]),
            E("Research Assistant", "Department of Community Health, University of Lakeside", "Mutara", "2019-01", "2021-04", "none", None,
              ["Literature reviews, transcription and coding of focus-group interviews", "Data entry and cleaning for two nutrition surveys"]),
            E("Medical Representative", "Afya Pharma Distributors Ltd", "Mutara", "2016-02", "2018-12", "facing", "sales_account",
              ["Detailed paediatric and antibiotic products to doctors, pharmacists and clinic owners in Mutara and Kiriko",
               "Achieved 112% of annual target in 2018"]),
        ]),
        ("jobs", "Teaching", [
            E("Tutorial Assistant, Biostatistics", "University of Lakeside", "Mutara", "2020-01", "2020-12", "facing", "education",
              ["Weekly tutorials for 40 MPH students; marked assignments"], section="other", emp="paid"),
        ]),
        ("jobs", "Volunteer Work", [
            E("Community Health Volunteer", "Mutara Ward Community Health Unit", "Mutara", "2017-01", "2019-12", "facing", "volunteering",
              ["Home visits to pregnant mothers and newborns; referred danger signs to Mutara Health Centre"],
              section="volunteer", emp="volunteer", prec="year"),
        ], "break"),
        ("text", "Education", ["Master of Public Health, University of Lakeside (2021)", "BSc Biomedical Science, University of Lakeside (2015)"]),
        ("text", "Grants and Awards", ["Lakeside Early Career Research Grant (KES 450,000), 2023", "Best student poster, East African Health Research Conference, 2021"]),
        ("text", "Publications", ["Kamau-Otieno W., Mwangi J., Ochieng P. (2024). Exclusive breastfeeding and household food insecurity in peri-urban Mutara: a cohort analysis. East Afr Med J 101(3): 210-219.",
                                  "Mwangi J., Kamau-Otieno W. (2022). Barriers to skilled birth attendance: a qualitative study. Pan Afr Med J 41: 88.",
                                  "Kamau-Otieno W. (2021). Determinants of stunting among children 6-23 months in Kiriko sub-county. MPH thesis, University of Lakeside."]),
        ("text", "Conference Presentations", ["East African Health Research Conference, Pwani, 2021 (poster)", "Kilima Trust Annual Scientific Meeting, 2023 and 2025 (oral)"]),
        ("text", "Skills", ["Stata, R, ODK/KoboToolbox, NVivo", "Kiswahili, Kikuyu, English"]),
        ("text", "Referees", ["Dr. P. Ochieng, Principal Investigator, Kilima Health Research Trust", "Prof. J. Mwangi, Department of Community Health, University of Lakeside"]),
    ]))
