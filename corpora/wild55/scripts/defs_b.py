"""w016-w030."""
from lib import E

R = []

R.append(dict(
    file="w016.html", family="Canadian maritime-museum visitor services supervisor, HTML page with table rows for job headers",
    renderer="html", html_table=True, order="title_org", dstyle="mon", present="Present", code="html, table/title_org, mon / 'Present'",
    name="Olivia Chen-Marchand", contact=["Port Alder, BC", "604-555-0162", "olivia.cm@mailbox.ca"],
    summary="Visitor services lead with nine years in a busy waterfront museum. Calm in a fire alarm with two cruise ships in port.",
    blocks=[
        ("jobs", "Work Experience", [
            E("Visitor Services Supervisor", "Port Alder Maritime Museum", "Port Alder, BC", "2022-04", "present", "facing", "in_person_service",
              ["Schedule and coach a front-line team of 14 (admissions, shop, floor hosts)",
               "Step in on complaints and refunds; rewrote the accessibility page after visitor feedback",
               "Cash-up and daily reporting"]),
            E("Group Sales Coordinator", "Port Alder Maritime Museum", "Port Alder, BC", "2020-09", "2022-03", "facing", "sales_account",
              ["Booked school, cruise-line and tour-operator groups by phone and email; sent quotes and invoices",
               "Grew tour-operator bookings by about a third in 2021–22 by calling lapsed accounts"]),
            E("Museum Store Associate", "Port Alder Maritime Museum", "Port Alder, BC", "2019-05", "2020-08", "facing", "in_person_service", []),
        ]),
        ("jobs", "Volunteer", [
            E("Costumed Interpreter", "Alder Valley Heritage Village", "Alder Valley, BC", "2016-01", "2019-12", "facing", "volunteering",
              ["Played the 1890s schoolteacher for visiting classes on summer weekends"], section="volunteer", emp="volunteer", prec="year"),
        ]),
        ("text", "Education", ["Diploma, Tourism Management, Fraserbank College (2019)"]),
        ("text", "Certifications", ["Standard First Aid & CPR C", "FoodSafe Level 1", "Serving It Right"]),
    ]))

R.append(dict(
    file="w017.docx", family="New Zealand research technician who demonstrated university labs, Word tab-stop dates, employer line first",
    renderer="docx", layout="tabs", order="org_title", dstyle="mon", present="Present", sep=" - ", code="docx, tabs/org_title, mon / 'Present'",
    name="Aroha Tūhoe-Mills", contact=["Waimarama Flats 4172", "021 555 3380", "aroha.tm@mailbox.co.nz"],
    summary="Research technician in plant science with a soft spot for teaching labs.",
    blocks=[
        ("jobs", "Work Experience", [
            E("Research Technician", "Harakeke Crop Institute", "Waimarama Flats", "2020-02", "present", "none", None,
              ["Set up and harvest field trials for the kiwifruit and onion programmes",
               "Sample preparation and GC-MS analysis of volatiles", "Keep the trial database and write up season reports"]),
            E("Laboratory Assistant", "Southern Cross Diagnostics", "Kōtuku Bay", "2016-11", "2020-01", "affecting", None,
              ["Received and sorted specimens from the couriers, centrifuged and aliquoted",
               "Booked samples into the LIS and sent referral samples away"]),
            E("Laboratory Demonstrator (part-time)", "University of Kōtuku Bay - School of Biological Sciences", "Kōtuku Bay", "2017-03", "2019-11", "facing", "education",
              ["Demonstrated first-year biology labs (semesters only): helping students with microscopes and dissections, marking lab books"]),
            E("Packhouse Hand", "Rangimoana Orchards", "Rangimoana", "2015-12", "2016-02", "none", None,
              ["Grading and packing on the kiwifruit line"]),
        ]),
        ("text", "Education", ["BSc Plant Biology, University of Kōtuku Bay (2019)"]),
        ("text", "Other", ["Full licence, 4WD and ATV trained. Te reo Māori (conversational)."]),
    ]))

R.append(dict(
    file="w018.pdf", family="US neuroscience postdoc's academic CV, 2-page reportlab with page footer, year-only dates",
    renderer="rl", layout="plain", centre=False, page="letter", order="title_org", dstyle="year", present="present", sep="–",
    footer="Kessler-Ruiz CV — {n}", fonts=("Times-Roman", "Times-Bold", "Times-Italic"), fs=10.5,
    code="reportlab, plain/title_org, year / 'present', footer",
    name="Jonah Kessler-Ruiz, Ph.D.", contact=["Marlow Springs, CA", "jkruiz@mailbox.edu", "(650) 555-0134"],
    summary=None,
    blocks=[
        ("jobs", "Appointments", [
            E("Postdoctoral Research Fellow", "Lindqvist Lab, Department of Neuroscience, Carver Institute of Technology", "Marlow Springs, CA", "2023-01", "present", "none", None,
              ["In vivo electrophysiology of thalamic circuits in mouse models of absence epilepsy",
               "Mentor two undergraduate researchers in the lab"], prec="year"),
            E("Adjunct Instructor", "Bayside Community College", "Bayside, CA", "2022-01", "2023-12", "facing", "education",
              ["Taught BIO 110 Introductory Biology (evening lecture, 45 students), two semesters"], prec="year"),
            E("Research Technician I", "Hollis Pharmaceuticals", "Eastbay, CA", "2015-01", "2017-12", "none", None,
              ["Ran ELISA and cell viability assays for the neurology discovery group"], prec="year"),
        ]),
        ("jobs", "Graduate Training", [
            E("Graduate Researcher", "Department of Molecular and Cell Biology, Eastbay University", "Eastbay, CA", "2017-01", "2023-12", "none", None,
              ["Dissertation: 'Thalamic bursting and seizure onset' (advisor: M. Okonkwo)"], section="other", emp="unknown", prec="year"),
            E("Graduate Student Instructor", "Eastbay University", "Eastbay, CA", "2018-01", "2022-12", "facing", "education",
              ["Led discussion sections and labs for MCB 32 and MCB 160; held office hours and graded exams"], section="other", prec="year"),
        ], "break"),
        ("text", "Education", ["Ph.D., Molecular and Cell Biology, Eastbay University, 2023", "B.S., Biochemistry, Carrolton College, 2015"]),
        ("text", "Publications", ["Kessler-Ruiz J, Okonkwo M. Thalamic T-type channels gate spike-wave onset. J Neurosci. 2024;44:e1123.",
                                  "Kessler-Ruiz J, Patel S, Okonkwo M. A low-cost headstage for chronic recordings. eNeuro. 2022;9:ENEURO.0211-22.",
                                  "Patel S, Kessler-Ruiz J, et al. Sleep spindles in Scn8a mutants. Epilepsia. 2021;62:1550-1561."]),
        ("text", "Grants and Fellowships", ["NIH F32 Postdoctoral Fellowship (NINDS), 2024–2026", "Eastbay Graduate Division Fellowship, 2017–2018"]),
        ("text", "Invited Talks and Conferences", ["Society for Neuroscience annual meeting, 2022, 2024 (posters)", "Thalamocortical Interactions Workshop, Lake Arrow, 2025 (talk)"]),
        ("text", "Teaching Awards", ["Outstanding Graduate Student Instructor Award, 2020"]),
        ("text", "Service", ["Reviewer for eNeuro and Epilepsia; co-organizer, Eastbay neuro journal club (2019–2021)"]),
    ]))

R.append(dict(
    file="w019.txt", family="Indian assistant curator and museum education officer, job-portal text with capital month dates and 'till date'",
    renderer="txt", order="title_org", dstyle="MON", present="till date", sep=" to ", txt_right="newline", bullet="➢", caps_heads=True,
    code="txt, portal/title_org, MON / 'till date'",
    name="Aditi Deshpande-Rao", contact=["Email: aditi.drao@mailbox.in", "Mobile: 98220 55 431", "Sarangpur Nagar, Maharashtra"],
    summary="Museum professional with 8+ years in documentation, exhibitions and museum education. M.A. Museology.", summary_head="PROFILE SUMMARY",
    blocks=[
        ("jobs", "Work Experience", [
            E("Assistant Curator", "Rajmahal Heritage Museum Trust", "Sarangpur Nagar", "2021-04", "present", "facing", "education",
              ["Documentation and digitisation of the textile and costume collection (3,200 objects)",
               "Write exhibition labels and catalogue entries in English and Marathi",
               "Conduct weekend gallery walks for school groups and college students"]),
            E("Education Officer (Contract)", "Kalaghar Museum of Art", "Devgiri", "2019-01", "2021-03", "facing", "education",
              ["Designed and conducted art workshops for children 6-14 years", "Teacher orientation sessions on using the museum"]),
            E("Research Fellow", "Deccan Heritage Research Council", "Devgiri", "2017-07", "2018-12", "none", None,
              ["Field survey of 46 stepwells; measured drawings and photo documentation", "Contributed two chapters to the project report"]),
            E("Intern – Conservation Laboratory", "Kalaghar Museum of Art", "Devgiri", "2016-05", "2016-07", "affecting", None,
              ["Surface cleaning and condition reports on Pahari miniatures under supervision"], emp="internship"),
        ]),
        ("text", "Educational Qualification", ["M.A. Museology – Devgiri University – 2017 – First Class", "B.A. History – 2015"]),
        ("text", "Personal Profile", ["Languages: English, Marathi, Hindi, Kannada", "Date of Birth: 02 Aug 1994"]),
    ]))

R.append(dict(
    file="w020.docx", family="UK community pharmacist manager with hospital rotations, Word two-column layout table with shaded sidebar",
    renderer="docx", layout="sidebar", order="title_org", dstyle="month", present="Present", tagline="Pharmacist (GPhC registered)",
    code="docx, sidebar/title_org, month / 'Present'",
    name="Imran Siddiqui", contact=["Hartsmoor", "07455 902 118", "imran.siddiqui@mailbox.co.uk"],
    sidebar=[("Registration", ["GPhC 20xxxxx", "Independent Prescriber (2024)"]), ("Skills", ["Clinical checking", "Vaccination", "Team leadership", "Controlled drugs governance"])],
    summary=None,
    blocks=[
        ("jobs", "Experience", [
            E("Pharmacist Manager", "Brookvale Pharmacy", "Hartsmoor", "2020-03", "present", "facing", "healthcare_care",
              ["Clinical checks, New Medicine Service and blood-pressure check consultations",
               "Flu and travel vaccinations (about 900 a season)", "Manage a team of six and the branch P&L"]),
            E("Rotational Pharmacist (Band 6)", "Hartsmoor General Hospital", "Hartsmoor", "2017-08", "2020-02", "facing", "healthcare_care",
              ["Ward pharmacy on medicine and surgery; medicines reconciliation with patients on admission",
               "Aseptic unit and dispensary rotations"]),
            E("Pre-registration Pharmacist", "Hartsmoor General Hospital", "Hartsmoor", "2016-07", "2017-07", "facing", "healthcare_care",
              ["Counselled patients on discharge medicines; rotations through dispensary, wards and medicines information"], emp="internship"),
            E("Medicines Counter Assistant (Saturdays)", "Lodge Lane Chemist", "Hartsmoor", "2011-09", "2015-06", "facing", "in_person_service",
              ["Sold over-the-counter medicines and asked the WWHAM questions; till and stock"]),
        ]),
        ("text", "Education", ["MPharm (Hons) 2:1, University of Westerleigh, 2016"]),
    ]))

R.append(dict(
    file="w021.pdf", family="US children's librarian, fpdf2 centred header, 'Current' dates, bookseller job without bullets",
    renderer="fpdf", layout="centred", order="title_org", dstyle="mon", present="Current", page="letter", code="fpdf2, centred/title_org, mon / 'Current'",
    name="Keisha Monroe-Patel", contact=["Glenrock, PA", "keisha.mp@mailbox.com", "(484) 555-0109"], caps_heads=True,
    summary="Children's librarian (MLIS) who believes every kid is a reader who hasn't met the right book yet.",
    blocks=[
        ("jobs", "Library Experience", [
            E("Children's Librarian", "Glenrock Public Library", "Glenrock, PA", "2021-06", "present", "facing", "education",
              ["Plan and lead 6 storytimes a week (babies, toddlers, preschool, bilingual)",
               "Class visits and library-card drives with three elementary schools",
               "Reader's advisory at the children's desk; run the summer reading challenge (1,100 kids in 2025)"]),
            E("Library Media Specialist", "Harlow Creek Elementary School", "Harlow Creek, PA", "2016-08", "2021-06", "facing", "education",
              ["Taught information literacy and research skills to K-5 on a fixed schedule", "Managed the collection and a $9,000 budget"]),
            E("Library Technician – Technical Services", "Tri-County Library Consortium", "Glenrock, PA", "2014-01", "2016-07", "affecting", None,
              ["Processed and copy-cataloged new materials for 11 member libraries", "Sorted interlibrary loan deliveries"]),
        ]),
        ("jobs", "Other Experience", [
            E("Bookseller", "Pageturner Books", "Glenrock, PA", "2011-10", "2013-12", "facing", "in_person_service", []),
        ]),
        ("text", "Education", ["MLIS, Keystone Valley University (online), 2016", "B.A. Elementary Education, Keystone Valley University, 2011"]),
    ]))

R.append(dict(
    file="w022.md", family="Irish marine-institute outreach officer with postgraduate demonstrating, Markdown bold title lines with italic dates",
    renderer="md", md_job="bold", order="title_org", dstyle="mon", present="Present", code="md, bold/title_org, mon / 'Present'",
    name="Ciarán Ó Murchú", contact=["Rossglas", "ciaran.omurchu@mailbox.ie", "086 555 7321"],
    summary="Geologist and science communicator. PhD (sediment cores, lots of them).",
    blocks=[
        ("jobs", "Employment", [
            E("Outreach Officer", "Lír Institute for Marine Science", "Rossglas", "2024-02", "present", "facing", "education",
              ["School visits with the 'Mud to Microscope' workshop, primary and secondary",
               "Organise the winter public lecture series and the Science Week open day",
               "Write the institute's social posts and newsletter"]),
            E("Postgraduate Demonstrator", "University College Annagh", "Annagh", "2019-09", "2023-05", "facing", "education",
              ["Demonstrated first-year geology labs and Saturday field trips; corrected practical write-ups"]),
            E("Communications Assistant (contract)", "Clonard Geopark", "Clonard", "2018-06", "2019-08", "affecting", None,
              ["Press releases and the Geopark's Instagram; photographed events for the website",
               "Updated trail leaflets and interpretive panel text"]),
            E("Lifeguard", "Rossglas Leisure Centre", "Rossglas", "2017-06", "2017-08", "facing", "other_facing", [], dtext="Summer 2017"),
        ]),
        ("text", "Education", ["PhD Earth Sciences, University College Annagh (2024)", "BSc Geology, University College Annagh (2018)"]),
        ("text", "Publications & Talks", ["Ó Murchú C. et al. (2023) Holocene storm layers in Rossglas Bay. *Irish Journal of Earth Sciences*.", "Pint of Science Annagh, 2022 — 'Reading the seabed like a diary'"]),
    ]))

R.append(dict(
    file="w023.docx", family="Australian council environmental educator and former aquarist, Word borderless table per job, undated volunteer entry",
    renderer="docx", layout="table", order="title_org", dstyle="month", present="Present", code="docx, table/title_org, month / 'Present'",
    name="Jaxon Whitford", contact=["Merrigal QLD 4551", "0407 555 263", "jaxon.whitford@mailbox.com.au"],
    summary="Environmental educator, former aquarist and dive guide. Open Water Instructor, Blue Card holder.",
    blocks=[
        ("jobs", "Work History", [
            E("Environmental Education Officer", "Merrigal Shire Council", "Merrigal QLD", "2022-01", "present", "facing", "education",
              ["Deliver the Waterwatch and Reef Guardians programs in 22 primary schools",
               "Run community tree-planting and creek clean-up days", "Report on program reach to council quarterly"]),
            E("Aquarist", "Reefside Aquarium", "Tarrabool QLD", "2018-07", "2021-12", "facing", "other_facing",
              ["Maintained life-support systems, water quality and quarantine",
               "Presented the twice-daily shark feed dive, talking to visitors through a full-face mask mic"]),
            E("Marine Science Field Assistant (casual)", "Tarrabool University", "Tarrabool QLD", "2017-01", "2018-12", "none", None,
              ["Boat-based seagrass and dugong surveys"], prec="year"),
            E("Deckhand / Snorkel Guide", "Coral Run Charters", "Tarrabool QLD", "2015-10", "2017-04", "facing", "in_person_service",
              ["Safety briefings, fitted gear and guided snorkellers on the outer reef", "Washing down and mooring the boat"]),
        ]),
        ("jobs", "Volunteering", [
            E("Volunteer – Turtle Rehabilitation Centre", "Tarrabool Turtle Hospital", "Tarrabool QLD", None, None, "none", None,
              ["Feeding and tank cleaning on weekends"], section="volunteer", emp="volunteer"),
        ]),
        ("text", "Qualifications", ["Bachelor of Marine Science, Tarrabool University (2017)", "PADI Open Water Scuba Instructor", "Coxswain Grade 1 NC"]),
    ]))

R.append(dict(
    file="w024.pdf", family="Scottish countryside ranger, reportlab coloured sidebar, pipe title line, freelance ecology and conservation volunteering",
    renderer="rl", layout="sidebar", sidecolor="#DDE8D5", order="pipe", dstyle="mon", present="Present", code="reportlab, sidebar/pipe, mon / 'Present'",
    name="Fiona MacLennan", contact=[], caps_heads=True,
    sidebar=[("Contact", ["Invercraig", "07723 550 118", "fiona.maclennan@mailbox.scot"]),
             ("Tickets", ["Outdoor First Aid", "Brushcutter & chainsaw CS30/31", "Bat licence (Level 2)", "Clean driving licence"]),
             ("Interests", ["Hill running", "Gaelic choir"])],
    summary="Countryside ranger with a background in ecological survey and practical conservation.",
    blocks=[
        ("jobs", "Experience", [
            E("Countryside Ranger", "Glen Arrin Regional Park", "Invercraig", "2021-04", "present", "facing", "other_facing",
              ["Lead guided walks, school visits and the junior ranger club",
               "Deal with visitors' questions, lost walkers and access disputes on the estate",
               "Path repairs, bird and butterfly transects"]),
            E("Visitor Centre Assistant", "Loch Farrow Visitor Centre", "Farrow", "2018-03", "2021-03", "facing", "in_person_service",
              ["Information desk, shop and café till; weekend supervisor"]),
            E("Ecological Surveyor", "Self-employed", None, "2016-01", "2018-12", "affecting", None,
              ["Bat, otter and red squirrel surveys for housing developers and wind-farm consultants",
               "Wrote survey reports submitted with planning applications"], emp="freelance", prec="year"),
        ]),
        ("jobs", "Volunteering", [
            E("Conservation Volunteer", "Strathmore Conservation Volunteers", "Strathmore", "2014-09", "2016-06", "none", None,
              ["Dry-stone dyking, tree planting and rhododendron clearance"], section="volunteer", emp="volunteer"),
        ]),
        ("text", "Education", ["BSc (Hons) Ecology, University of Invercraig (2015)"]),
    ]))

R.append(dict(
    file="w025.txt", family="US clinical research associate, plain text with dates first on the title line, 'to Present'",
    renderer="txt", order="dates_first", dfsep="   ", dstyle="mm/yyyy", present="Present", sep=" to ", txt_right="tab", bullet="•", caps_heads=True,
    code="txt, plain/dates_first, mm/yyyy / 'Present'",
    name="Brandon Oyelaran", contact=["Lakemont, MN 55190 | 612-555-0187 | brandon.oyelaran@mailbox.com"],
    summary="CRA II, 8 years in clinical research. Dermatology, immunology, vaccines.", summary_head="SUMMARY",
    blocks=[
        ("jobs", "Experience", [
            E("Clinical Research Associate II", "Meridian Trial Partners", "Remote / Lakemont, MN", "2021-03", "present", "affecting", None,
              ["On-site and remote monitoring visits at 8-10 investigator sites; source data verification",
               "Train site staff on protocol amendments and escalate compliance issues to the sponsor",
               "Write monitoring visit reports within 5 business days"]),
            E("Study Coordinator", "Lakemont Dermatology Research", "Lakemont, MN", "2018-01", "2021-02", "facing", "healthcare_care",
              ["Recruited and scheduled participants for psoriasis and eczema trials; consent and study visits",
               "Standardized lesion photography; drug accountability"]),
            E("Certified Pharmacy Technician", "Northway Health – Inpatient Pharmacy", "Lakemont, MN", "2015-05", "2017-12", "affecting", None,
              ["IV admixture in the cleanroom; cart fill and automated cabinet restocking on nights"]),
            E("Sales Associate", "Lakemont Outfitters", "Lakemont, MN", "2013-06", "2015-04", "facing", "in_person_service", []),
        ]),
        ("text", "Education", ["B.S. Biology, North Star State University, 2015"]),
        ("text", "Certifications", ["CCRA (ACRP) 2022", "CPhT (inactive)"]),
    ]))

R.append(dict(
    file="w026.docx", family="Canadian records analyst and former archives technician, Word heading styles, parental leave listed",
    renderer="docx", layout="styles", order="title_org", dstyle="mon.", present="Present", code="docx, styles/title_org, mon. / 'Present'",
    name="Nadia Petrenko", contact=["Fernhaven, ON", "nadia.petrenko@mailbox.ca", "613-555-0150"],
    summary="Records and archives professional (MISt) with municipal and museum experience.", summary_head="Summary",
    blocks=[
        ("jobs", "Work Experience", [
            E("Records Management Analyst", "City of Fernhaven", "Fernhaven, ON", "2022-09", "present", "facing", "internal_support",
              ["Maintain retention schedules and the EDRMS file plan",
               "Run the records help line for staff across 14 departments and train new staff on filing in the EDRMS",
               "Coordinate annual destruction and transfers to the archives"]),
            E("Archives Technician", "Fernhaven Museum & Archives", "Fernhaven, ON", "2019-05", "2022-08", "facing", "in_person_service",
              ["Processed fonds and wrote file-level descriptions",
               "Answered reference requests by email and in the reading room (researchers, genealogists, city staff)"]),
            E("Digitization Assistant (contract)", "Prairie Heritage Digitization Project", "Fernhaven, ON", "2018-06", "2019-03", "affecting", None,
              ["Scanned glass-plate negatives and added Dublin Core metadata"]),
            E("Parental Leave", None, None, "2017-03", "2018-05", "none", None, [], emp="unknown"),
            E("Admissions & Museum Store Clerk", "Fernhaven Museum & Archives", "Fernhaven, ON", "2014-06", "2016-12", "facing", "in_person_service",
              ["Admissions, gift shop sales and phone enquiries (part-time during studies)"]),
        ]),
        ("text", "Education", ["Master of Information (Archives & Records), Lakeview University, 2017", "B.A. History, Lakeview University, 2014"]),
    ]))

R.append(dict(
    file="w027.pdf", family="UK senior school science technician with water-utility and food QC background, fpdf2 left header, numeric dates",
    renderer="fpdf", layout="left", order="dateline", dstyle="mm/yyyy", present="Present", code="fpdf2, left/dateline, mm/yyyy / 'Present'",
    name="Paul Haverstock", contact=["Ashcombe", "paul.haverstock@mailbox.co.uk | 07834 100 562"],
    summary="Experienced laboratory technician (20 years) now in schools. RSciTech.",
    blocks=[
        ("jobs", "Employment History", [
            E("Senior Science Technician", "Ashcombe Academy", "Ashcombe", "2019-09", "present", "facing", "education",
              ["Prepare practicals for 1,400 pupils across biology, chemistry and physics; manage a team of 3 technicians",
               "COSHH and CLEAPSS risk assessments, radioactive sources", "Run the Thursday STEM club for Year 7 and 8"]),
            E("Laboratory Technician", "Brenton Water Services", "Brenton", "2012-04", "2019-08", "affecting", None,
              ["Routine microbiological and chemical testing of treated drinking water", "UKAS-accredited methods, sample reception"]),
            E("Quality Control Analyst", "Marlbrook Foods Ltd", "Marlbrook", "2008-01", "2012-03", "affecting", None,
              ["Micro and shelf-life testing on chilled ready meals; released batches"]),
            E("Apprentice Laboratory Technician", "Marlbrook Foods Ltd", "Marlbrook", "2005-01", "2007-12", "affecting", None,
              [], emp="internship", prec="year"),
        ]),
        ("text", "Qualifications", ["RSciTech (Science Council)", "HNC Applied Biology (2007)", "BTEC National Diploma Science (2005)"]),
    ]))

R.append(dict(
    file="w028.html", family="US college student science explainer with research and campus jobs, HTML page with flex rows",
    renderer="html", order="org_title", dstyle="mon", present="Present", code="html, flex/org_title, mon / 'Present'",
    name="Sofia Marquez", contact=["Bayard, NM", "sofia.marquez@mailbox.edu", "(575) 555-0116"],
    summary="Chemistry junior at Bayard State University (GPA 3.7) looking for a summer REU or museum education internship.",
    blocks=[
        ("jobs", "Experience", [
            E("Science Explainer (part-time)", "Discovery Point Science Museum", "Bayard, NM", "2024-09", "present", "facing", "other_facing",
              ["Floor demos (liquid nitrogen, Van de Graaff), birthday party science shows, answering visitor questions in English and Spanish"]),
            E("Crew Member", "Chile Verde Drive-In", "Bayard, NM", "2023-06", "2023-08", "facing", "in_person_service", [], dtext="Summer 2023"),
        ]),
        ("jobs", "Campus Jobs & Research", [
            E("Undergraduate Research Assistant", "Tafoya Lab, Dept. of Chemistry, Bayard State University", "Bayard, NM", "2025-01", "present", "none", None,
              ["Synthesis of copper MOFs; NMR and PXRD characterization"], section="other"),
            E("Peer Tutor – General Chemistry", "BSU Learning Center", "Bayard, NM", "2023-09", "2024-05", "facing", "education",
              ["Drop-in and one-on-one tutoring, ~12 hours a week"], section="other"),
        ]),
        ("jobs", "Volunteer", [
            E("Shelter Volunteer", "Bayard Animal Shelter", "Bayard, NM", "2022-01", "present", "facing", "volunteering",
              ["Saturday kennel cleaning and dog walking", "Help families meet dogs at adoption events"], section="volunteer", emp="volunteer", prec="year"),
        ]),
        ("text", "Education", ["B.S. Chemistry (expected May 2027), Bayard State University"]),
        ("text", "Awards", ["Dean's List (4 semesters); ACS Scholar"]),
    ]))

R.append(dict(
    file="w029.docx", family="Ghanaian school librarian and former university circulation assistant, name in Word page header, 'to date'",
    renderer="docx", layout="header", order="title_org", dstyle="month", present="to date", sep=" – ", code="docx, header/title_org, month / 'to date'",
    name="Akosua Mensah-Boateng", contact=["Nsuopim, Eastern Region", "+233 24 555 7812", "akosua.mb@mailbox.com.gh"],
    summary="Professional librarian with nine years in academic and school libraries.", footer_text="Curriculum Vitae – Akosua Mensah-Boateng",
    blocks=[
        ("jobs", "Working Experience", [
            E("Librarian", "Nsuopim Senior High School", "Nsuopim", "2020-09", "present", "facing", "education",
              ["Manage the school library (11,000 volumes) and two library assistants",
               "Teach library periods to Form 1 students on using the catalogue and referencing",
               "Run the Wednesday reading club"]),
            E("Library Assistant, Circulation Section", "University of Kotokuraba Library", "Kotokuraba", "2016-01", "2020-07", "facing", "in_person_service",
              ["Charged and discharged books at the circulation desk; registered new students",
               "Managed the short-loan reserve collection during exams"]),
            E("National Service Personnel", "Abrempong Municipal Assembly – Records Unit", "Abrempong", "2014-09", "2015-08", "none", None,
              ["Filing, indexing and data entry of staff records"], emp="unknown"),
            E("Sales Assistant (vacation job)", "Adom Supermarket", "Kotokuraba", "2012-12", "2013-02", "facing", "in_person_service",
              ["Cashier and packing customers' items"]),
        ]),
        ("text", "Education", ["Master of Arts in Information Studies, University of Kotokuraba, 2019", "BA Information Studies and Linguistics, 2014"]),
        ("text", "Referees", ["Available upon request"]),
    ]))

R.append(dict(
    file="w030.md", family="English wildlife-trust learning officer and former farm-park keeper, Markdown h3 titles with dates in brackets",
    renderer="md", md_job="h3", order="title_org", dstyle="mon", present="Present", bullet="*", code="md, h3/title_org, mon / 'Present'",
    name="Rosie Atherton", contact=["Brackenmoor", "rosie.atherton@mailbox.co.uk", "07598 004 613"],
    summary="Outdoor learning and animal care. Level 3 Forest School leader.",
    blocks=[
        ("jobs", "Experience", [
            E("Learning Officer", "Brackenmoor Wildlife Trust", "Brackenmoor", "2023-03", "present", "facing", "education",
              ["Deliver curriculum-linked sessions for KS1-KS3 at the visitor centre (pond dipping, minibeasts, habitats)",
               "Lead Forest School blocks for two local primaries", "Plan the half-term family events"]),
            E("Keeper", "Oakhollow Farm Park & Zoo", "Oakhollow", "2019-04", "2023-02", "facing", "other_facing",
              ["Care of the small mammals, reptiles and farm section", "Daily 'meet the animals' talks and handling sessions for visitors",
               "Guided school tours of the farm"]),
            E("Kennel Assistant", "Happy Paws Boarding Kennels", "Lowmoor", "2017-06", "2019-03", "facing", "in_person_service",
              ["Cleaning, feeding and walking up to 40 dogs", "Checked dogs in and out with their owners at reception"]),
            E("College Work Placement", "Moorside Animal Rescue", "Lowmoor", "2016-09", "2017-05", "none", None,
              ["One day a week: cleaning pens, socialising cats, enrichment"], emp="internship"),
        ]),
        ("text", "Education", ["Level 3 Extended Diploma in Animal Management, Lowmoor College (2017)", "Level 3 Forest School Leader (2024)"]),
    ]))
