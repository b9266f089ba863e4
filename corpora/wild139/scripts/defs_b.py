# -*- coding: utf-8 -*-
"""wild139 résumés w016–w030 (all people and organisations invented)."""
from lib import E, R

RES = []

# ------------------------------------------------------------------ w016
RES.append(R(
    "w016.docx",
    "Australian clinical trials coordinator and research nurse, Word heading styles, name and contact in the page header",
    "docx", "styles", "title_org", "month", "current",
    "Mei-Lin Hartigan",
    ["Kingfisher Bay QLD 4655", "0438 555 207", "meilin.hartigan@inbox.com.au"],
    [
        ("Career summary", [
            "Registered nurse with eight years in clinical research, from investigator-led cardiology studies to "
            "sponsored oncology trials. Calm with anxious patients, careful with data.",
        ]),
        ("Employment", [
            E("Clinical Trials Coordinator", "Kingfisher Bay Oncology Trials Unit", "Kingfisher Bay QLD",
              "2022-03", "present", bullets=[
                  "Coordinate six phase II–III oncology trials from start-up to close-out",
                  "Screen clinic lists, explain studies and consent patients with the investigators",
                  "Schedule study visits and act as the day-to-day contact for participants on treatment",
                  "Prepare for sponsor monitoring visits and audits",
              ], kind="healthcare_care"),
            E("Research Nurse", "Mount Corella Hospital", "Corella QLD", "2018-07", "2022-02", bullets=[
                "Recruited and followed up cardiac patients in investigator-led studies",
                "Collected bloods, ECGs and questionnaires at study visits",
            ], kind="healthcare_care"),
            E("Registered Nurse – Cardiology Ward", "Mount Corella Hospital", "Corella QLD", "2014-02", "2018-06",
              bullets=[
                  "Cared for up to five patients per shift after angiography and PCI",
                  "Discharge education for patients and carers",
              ], kind="healthcare_care"),
            E("Clinical Data Manager", "Sunbird Clinical Research Pty Ltd", "Brisbane QLD", "2013-01", "2014-01",
              cs="affecting", bullets=[
                  "Entered CRF data, raised and resolved data queries with trial sites",
                  "Prepared data listings for monitors",
              ]),
        ]),
        ("Registration and certificates", [
            ("d", "2012 – current", "Registered Nurse, AHPRA NMW0001928374"),
            ("d", "2025", "ICH Good Clinical Practice (E6 R3) refresher"),
            ("d", "2021", "IATA dangerous goods shipping (biological substances)"),
        ]),
        ("Education", [
            ("d", "2019", "Graduate Certificate in Clinical Research, Southern Reef University"),
            ("d", "2012", "Bachelor of Nursing, Southern Reef University"),
        ]),
        ("Conference posters", [
            ("d", "September 2024", "Keeping rural participants on study: travel support in oncology trials. "
                                    "Clinical Trials Nurses Forum, Gold Coast"),
            ("d", "May 2020", "Remote follow-up visits during lockdown. Cardiac Nursing Research Day, Brisbane"),
        ]),
        ("Referees", [
            "Dr Priya Venkatesan, Principal Investigator, Kingfisher Bay Oncology Trials Unit",
            "Ms Leanne Dowd, Nurse Unit Manager, Mount Corella Hospital",
        ]),
    ],
    o=dict(page="A4", header=True, hstyle="Heading 1", title_style="Heading 2", font="Calibri",
           contact_join="   |   ", footer="Mei-Lin Hartigan – curriculum vitae"),
))

# ------------------------------------------------------------------ w017
RES.append(R(
    "w017.md",
    "UK geography PhD student, Markdown CV with h3 titles and a bold employer, place and dates line, campus jobs and a bar job",
    "md", "md", "title_org", "mon", "present",
    "Isobel Carrick",
    ["Fenmoor", "07700 900734", "isobel.carrick@postmail.co.uk"],
    [
        ("Teaching and university roles", [
            E("Graduate Teaching Assistant", "School of Geography, University of Fenmoor", "Fenmoor", "2023-10", "present",
              section="other", bullets=[
                  "Demonstrate GIS practicals for first-year students and mark their lab reports",
                  "Help run the Year 2 residential field course",
              ], kind="education"),
            E("Exam Invigilator (casual)", "University of Fenmoor", None, "2024-05", "2025-06", section="other",
              bullets=[
                  "Set up exam halls, checked student ID cards and supervised candidates during assessments",
              ], kind="other_facing"),
            E("Student Ambassador", "University of Fenmoor", None, "2019-09", "2022-06", section="other", bullets=[
                "Campus tours and open-day talks for prospective students and parents",
                "School outreach sessions on studying geography",
            ], kind="other_facing"),
        ]),
        ("Other employment", [
            E("Research Intern", "Ouseway Catchment Trust", "Ely", "2022-06", "2022-09", etype="internship",
              cs="none", bullets=[
                  "Mapped flood-risk hotspots in QGIS and wrote a summary report for the trust's board",
              ]),
            E("Bar Staff", "The Drover's Rest", "Fenmoor", "2018-07", "2020-03", bullets=[
                "Weekend shifts behind the bar and on the floor",
            ], kind="in_person_service"),
        ]),
        ("Education", [
            ("d", "2023 – present", "PhD Geography, University of Fenmoor (flood memory in fenland villages)"),
            ("d", "2023", "MSc Geographical Information Science, University of Fenmoor – Distinction"),
            ("d", "2022", "BSc Geography, University of Fenmoor – First"),
        ]),
        ("Fieldwork", [
            ("d", "Jul 2024", "Glacier forefield survey, south-east Iceland (3 weeks)"),
            ("d", "Mar 2023", "Oral history interviews, four fen parishes"),
        ]),
        ("Conference presentations", [
            ("d", "Sep 2025", "'Remembering 1947': flood memory and local planning. Annual geography conference, London"),
            ("d", "Apr 2024", "Postgraduate research day poster, University of Fenmoor"),
        ]),
        ("Awards", [("d", "2023", "Doctoral studentship (fees and stipend), Fenland Environment Doctoral Partnership")]),
        ("Skills", ["QGIS, ArcGIS Pro, R, NVivo; full UK driving licence; first aid at work"]),
    ],
    o=dict(md="h3", dist="lead", mdbullet="*", contact_join=" · "),
))

# ------------------------------------------------------------------ w018
RES.append(R(
    "w018.pdf",
    "German museum educator, English tabular CV in reportlab with MM/YYYY dates in a left column, 'since' for the current job",
    "rl", "plain", "datefirst", "mm/yyyy", "present",
    "Friederike Langhans",
    ["Curriculum Vitae",
     "Gartenweg 4, 81927 Lindenau  ·  +49 151 5550 8837  ·  f.langhans@webpost.de"],
    [
        ("Professional experience", [
            E("Museum Education Officer (Museumspädagogin)", "Stadtmuseum Lindenau", "Lindenau", "2021-09",
              "present", bullets=[
                  "Design and run workshops and guided tours for school classes, families and adult groups "
                  "(about 250 groups per year)",
                  "Coordinate and train the team of freelance guides",
                  "Inclusive formats: tours in plain language and touch tours",
              ], kind="education"),
            E("Curatorial Trainee (Volontärin)", "Landesmuseum Ahrweide", "Ahrweide", "2019-09", "2021-08",
              etype="internship", bullets=[
                  "Object research and exhibition texts for the special exhibition ‘Salt and Silver’ (2020)",
                  "Loans correspondence and the exhibition database",
                  "Gave public Sunday tours of the special exhibition",
              ], kind="other_facing"),
            E("Student Research Assistant (Wissenschaftliche Hilfskraft)",
              "Universität Ahrweide, Institute of Art History", "Ahrweide", "2017-04", "2019-07", section="other",
              cs="affecting", bullets=[
                  "Digitised and catalogued the institute’s slide collection for the image database",
              ]),
            E("Cashier and Visitor Desk (part-time)", "Kunsthalle Ahrweide", "Ahrweide", "2015-10", "2017-03",
              bullets=[
                  "Ticket sales, audio-guide issue and visitor information at weekends",
              ], kind="in_person_service"),
        ]),
        ("Education", [
            ("d", "10/2017 – 09/2019", "M.A. Art History, Universität Ahrweide (grade 1.3)"),
            ("d", "10/2014 – 09/2017", "B.A. Art History and German Studies, Universität Ahrweide"),
            ("d", "06/2014", "Abitur, Schiller-Gymnasium Lindenau"),
        ]),
        ("Further training", [
            ("d", "03/2023", "Certificate course ‘Museum education and accessibility’, Academy for Cultural "
                             "Mediation, Wolfenhagen"),
            ("d", "11/2020", "Workshop: Writing exhibition texts in plain language"),
        ]),
        ("Memberships", [
            ("d", "since 2021", "Arbeitskreis Museumsvermittlung Süd (regional museum educators’ network)"),
        ]),
        ("Languages", [
            "German (native)  ·  English (C1)  ·  Italian (B2)",
        ]),
        ("IT", ["MS Office, museumdigital, Adobe InDesign, Canva"]),
        ("", ["Lindenau, 2 November 2026"]),
    ],
    o=dict(font="Helvetica", size=9.5, margin=56, datecol=98, since="since", hstyle="b", hsize=11.5,
           accent=(0.15, 0.15, 0.45), rule=False, head_rule=True, nsize=17, creator="LibreOffice Writer",
           footer="Friederike Langhans – CV", footer_align="left"),
))

# ------------------------------------------------------------------ w019
RES.append(R(
    "w019.txt",
    "US neuroscience lab manager, ATS plain text with pipe-separated title, employer, city and YYYY-MM dates on one line, core facility job",
    "txt", "plain", "pipe", "yyyy-mm", "Present",
    "OWEN PRADHAN",
    ["Bramwell, MA | (617) 555-0129 | owen.pradhan@lakesmail.com"],
    [
        ("SUMMARY", [
            "Lab manager and research technician with eleven years in neuroscience and flow cytometry. Strong in "
            "purchasing, compliance, imaging and keeping a busy lab running.",
        ]),
        ("WORK EXPERIENCE", [
            E("Lab Manager", "Bramwell University, Department of Neuroscience", "Bramwell, MA", "2020-06",
              "present", cs="none", bullets=[
                  "Manage a 16-person lab: purchasing ($400K/yr), vendor contracts, space and equipment",
                  "Maintain animal protocols and colony records; prepare for compliance inspections",
                  "Train incoming students and technicians on lab safety and core techniques",
                  "Run two-photon imaging experiments for the PI's projects",
              ]),
            E("Research Technician II", "Bramwell University", "Bramwell, MA", "2017-09", "2020-05", cs="none",
              bullets=[
                  "Stereotaxic surgeries, histology and confocal imaging for mouse studies",
              ]),
            E("Core Facility Technician", "Bramwell Flow Cytometry Core", "Bramwell, MA", "2015-07", "2017-08",
              bullets=[
                  "Ran sorting sessions for investigators from 30+ labs across campus and partner hospitals",
                  "Trained and certified users on the analyzers; answered user questions by email and in person",
                  "Managed the instrument booking calendar and monthly recharge billing",
              ], kind="internal_support"),
        ]),
        ("ADDITIONAL EXPERIENCE", [
            E("Peer Tutor (Chemistry)", "Wexley College Learning Center", "Wexley, NY", "2013-09", "2015-05",
              section="other", bullets=[
                  "Drop-in and scheduled tutoring in general and organic chemistry",
              ], kind="education"),
            E("Undergraduate Research Assistant", "Wexley College", "Wexley, NY", "2014-06", "2015-05",
              section="other", cs="none", bullets=[
                  "Senior thesis research on zebrafish fin regeneration",
              ]),
        ]),
        ("EDUCATION", [
            "B.A. Biology, Wexley College, Wexley, NY - 2015",
        ]),
        ("CERTIFICATIONS", [
            "Animal care and use training, refreshed 2024",
            "Laser safety, 2021",
            "Biosafety BSL-2, 2020",
        ]),
        ("PUBLICATIONS", [
            "Co-author on 6 peer-reviewed papers (2018-2025); list on request",
        ]),
        ("SKILLS", [
            "Two-photon and confocal microscopy, stereotaxic surgery, flow cytometry (sorting and analysis), "
            "MATLAB, Python, FlowJo, Quartzy, inventory and budgeting",
        ]),
    ],
    glyph="-",
    o=dict(width=100, wrap=False, rowsep=" | ", hblank=False, bpad="", egap_blank=True),
))

# ------------------------------------------------------------------ w020
RES.append(R(
    "w020.docx",
    "Indian school librarian, Word CV with tab-stop dates and italic institution line, volunteer reading circle",
    "docx", "tabs", "title_org", "month", "Present",
    "MEENAKSHI RAWAT",
    ["Teacher-Librarian", "House No. 118, Vasant Vihar, Dehradun – 248006, Uttarakhand",
     "Mob: +91 97600 33418  |  E-mail: meenakshi.rawat.lib@mailbox.in"],
    [
        ("Objective", [
            "Seeking the post of Librarian in a CBSE school where I can make the library the centre of reading "
            "and learning for children.",
        ]),
        ("Work Experience", [
            E("Librarian", "Gyan Jyoti Public School", "Dehradun", "2017-04", "present", bullets=[
                "Manage a library of 18,000 books for classes I–XII on e-Granthalaya",
                "Take library periods for classes III–VIII: story reading, book talks, reference skills",
                "Organise the annual book fair, reading week and inter-house quiz",
                "Guide senior students on project research and citation",
            ], kind="education"),
            E("Library Assistant", "Doon Valley District Library", "Dehradun", "2013-06", "2017-03", bullets=[
                "Membership counter: enrolment, issue/return, renewals and fines",
                "Looked after the newspaper and periodicals section",
            ], kind="in_person_service"),
            E("Cataloguer (contract)", "Himgiri University Library", "Srinagar Garhwal", "2012-05", "2013-04",
              cs="affecting", bullets=[
                  "Retrospective conversion of 22,000 card catalogue records to MARC21 in KOHA",
              ]),
        ]),
        ("Voluntary Work", [
            E("Volunteer Storyteller", "Akshar Reading Circle (NGO)", "Dehradun", "2019-01", "present",
              section="volunteer", etype="volunteer", bullets=[
                  "Saturday reading sessions for children in two community centres",
              ], kind="volunteering"),
        ]),
        ("Educational Qualifications", [
            ("d", "2012", "M.Lib.I.Sc., Himgiri University – 71%"),
            ("d", "2011", "B.Lib.I.Sc., Himgiri University – 68%"),
            ("d", "2010", "B.A. (English, History), Doon Women's College – 62%"),
        ]),
        ("Trainings / Workshops", [
            ("d", "Dec 2023", "CBSE capacity building programme on school libraries (2 days)"),
            ("d", "Jul 2019", "Workshop on storytelling for librarians, Dehradun"),
        ]),
        ("Achievements", [
            "Best Library award in the district schools' reading campaign, 2022",
        ]),
        ("Personal Details", [
            "Father's Name: Sh. Harish Chandra Rawat   |   Date of Birth: 21.07.1988   |   Languages: Hindi, "
            "English, Garhwali",
        ]),
        ("Declaration", [
            "I hereby declare that all the information given above is true and correct.",
            "Date: ____________                                                   (Meenakshi Rawat)",
        ]),
    ],
    o=dict(page="A4", font="Times New Roman", size=11, hcase="upper", rule=True, word_bullets=True,
           nalign="center", dist="right"),
))

# ------------------------------------------------------------------ w021
RES.append(R(
    "w021.pdf",
    "US associate professor of biology, long fpdf2 academic CV with many dated sections, prose appointment descriptions",
    "fpdf", "left", "title_org", "yyyy", "present",
    "Ingrid M. Solvang, Ph.D.",
    ["Department of Biology, Ridgeway University, 88 College Street, Ridgeway, VT 05471",
     "802-555-0157  ·  isolvang@ridgeway.edu  ·  solvanglab.ridgeway.edu"],
    [
        ("Education", [
            ("d", "2010", "Ph.D., Ecology and Evolutionary Biology, Dunmore State University"),
            ("d", "2004", "B.A., Biology, magna cum laude, Kettle Creek College"),
        ]),
        ("Professional Appointments", [
            E("Associate Professor of Biology", "Ridgeway University", "Ridgeway, VT", "2019", "present",
              prec="year", prose=True, bullets=[
                  "Tenured 2019. Teach Ecology, Freshwater Biology and a graduate seminar; mentor undergraduate "
                  "and M.S. researchers; direct the Ridgeway Lake Field Station summer program for visiting "
                  "high-school students.",
              ], kind="education"),
            E("Assistant Professor of Biology", "Ridgeway University", "Ridgeway, VT", "2013", "2019",
              prec="year", prose=True, bullets=[
                  "Tenure-track appointment. Built the freshwater ecology curriculum and two new laboratory "
                  "courses; taught introductory biology lectures of 120 students.",
              ], kind="education"),
            E("Postdoctoral Research Associate", "Whitford Institute of Marine Science", "Whitford, ME", "2010",
              "2013", prec="year", cs="none", prose=True, bullets=[
                  "Modelled nutrient loading and food-web responses in three estuaries.",
              ]),
            E("Graduate Research Assistant", "Dunmore State University", "Dunmore, IA", "2005", "2010",
              prec="year", section="other", cs="none", prose=True, bullets=[
                  "Dissertation fieldwork on macroinvertebrate communities in restored prairie streams.",
              ]),
            E("Seasonal Field Technician", "Lakeshore Conservation District", "Port Alder, MI", "2004-06",
              "2004-08", date="Summer 2004", cs="none", prose=True, bullets=[
                  "Electrofishing and habitat surveys on tributary streams.",
              ]),
        ]),
        ("Grants", [
            ("d", "2024–2027", "State Lakes Monitoring Program, “Long-term change in Ridgeway Lake,” PI, $312,000"),
            ("d", "2020–2023", "Northern Watersheds Foundation, “Road salt and zooplankton,” PI, $148,500"),
            ("d", "2016–2018", "Ridgeway University Faculty Development Grant, $9,800"),
            ("d", "2014", "Field station equipment award, $22,000"),
        ]),
        ("Publications (* undergraduate co-author)", [
            ("d", "2025", "Solvang IM, Becker T*, Aldana R. Chloride thresholds for Daphnia in small lakes. "
                          "Freshwater Ecology Letters 30: 1–14."),
            ("d", "2022", "Solvang IM, Marsh K*. Winter road salt and spring plankton. Limnology Notes 18: 201–219."),
            ("d", "2019", "Solvang IM. Thirty years of lake monitoring by citizen scientists. Lake Science 7: 55–70."),
            ("d", "2015", "Solvang IM, Pruitt A. Restored prairie streams a decade on. Stream Ecology 41: 9–27."),
            ("d", "2012", "Solvang IM, Whitcombe J. Nutrient pulses in estuarine food webs. Coastal Systems 22: 388–402."),
        ]),
        ("Invited Talks", [
            ("d", "Feb 2024", "Department of Biology seminar, Northwind University"),
            ("d", "Oct 2021", "Northern Lakes Basin Science Day (keynote)"),
            ("d", "Apr 2018", "Freshwater Sciences seminar, Dunmore State University"),
        ]),
        ("Courses Taught at Ridgeway University", [
            ("b", "BIO 110 Principles of Biology — F13, F14, F15, F16, F17"),
            ("b", "BIO 214 Ecology (with lab) — S14, S15, S16, S17, S18, S19, S20, S21, S22, S23, S24, S25, S26"),
            ("b", "BIO 330 Freshwater Biology — F16, F18, F20, F22, F24, F26"),
            ("b", "BIO 560 Graduate Seminar in Aquatic Ecology — S21, S23, S25"),
        ]),
        ("Student Mentoring", [
            ("b", "M.S. students: T. Becker (2023), R. Aldana (2021), K. Marsh (2019)"),
            ("b", "Undergraduate thesis students: 19 since 2014"),
        ]),
        ("Service", [
            ("d", "2020–2023", "Faculty Senate, Ridgeway University"),
            ("d", "2019–present", "Director, Ridgeway Lake Field Station"),
            ("d", "2017–present", "Associate Editor, Limnology Notes"),
            ("d", "2015–2019", "Curriculum Committee, Department of Biology"),
        ]),
        ("Professional Memberships", [
            "Society for Inland Water Science; Ecological Society of the Northeast; Association of Lake Scientists",
        ]),
    ],
    o=dict(font="serif", size=9.5, page="letter", footer="Solvang CV, p. {n}", footer_align="right", palign="J",
           hcase="upper", rule=True, accent=(40, 40, 40), dstyle="n", producer="macOS Version 15.5 Quartz PDFContext"),
))

# ------------------------------------------------------------------ w022
RES.append(R(
    "w022.html",
    "Canadian public librarian, hand-written HTML résumé with employer headings and roles beneath, volunteer circle",
    "html", "dl", "orgfirst", "mon", "present",
    "Gwen Achterberg, MLIS",
    ["Tamarack, ON", "705-555-0181", "gwen.achterberg@postbox.ca"],
    [
        ("Professional Experience", [
            E("Branch Head (Librarian II)", "Tamarack Public Library", "Tamarack, ON", "2021-09", "present",
              bullets=[
                  "Lead a branch of nine staff: scheduling, budget and building issues",
                  "Work public service desk shifts and resolve escalated patron concerns",
                  "Build partnerships with settlement agencies and local schools",
              ], kind="in_person_service"),
            E("Children's Librarian", "Tamarack Public Library", "Tamarack, ON", "2017-01", "2021-08", bullets=[
                "Weekly storytimes, class visits and the summer reading club for ages 0–12",
                "Selected juvenile print and digital materials",
            ], kind="education"),
            E("Cataloguing Librarian (contract)", "Bayfield University Library", "Bayfield, NS", "2015-01",
              "2016-12", cs="affecting", bullets=[
                  "Original and copy cataloguing of French and English monographs in RDA; authority work",
              ]),
            E("Library Technician", "Bayfield University Library", "Bayfield, NS", "2012-06", "2014-12",
              cs="affecting", bullets=[
                  "Acquisitions and serials check-in; processed vendor invoices",
              ]),
        ]),
        ("Volunteer", [
            E("Conversation Circle Facilitator", "Literacy Tamarack", "Tamarack, ON", "2019-09", "present",
              section="volunteer", etype="volunteer", bullets=[
                  "Lead a weekly English conversation group for newcomers",
              ], kind="volunteering"),
        ]),
        ("Education", [
            ("d", "2014", "Master of Library and Information Studies (part-time), Bayfield University"),
            ("d", "2012", "Library and Information Technician diploma, Atlantic Coast Community College"),
            ("d", "2010", "BA English, Bayfield University"),
        ]),
        ("Professional Development", [
            ("d", "2024", "Trauma-informed library service (online, 12 h)"),
            ("d", "2022", "Leading Library Teams, provincial library leadership institute"),
        ]),
        ("Presentations", [
            ("d", "Jan 2023", "“Storytime for Newcomer Families” – provincial library conference poster"),
        ]),
        ("Languages", ["English, French (intermediate), Dutch (conversational)"]),
    ],
    o=dict(css="body{font:15px/1.45 Verdana,sans-serif;max-width:48em;margin:2em}h3{margin-bottom:0}"
               "h4{font-weight:normal;font-style:italic;margin:.2em 0}.d{color:#666;margin-left:1em}",
           doc_title="Résumé", lang="en-CA"),
))

# ------------------------------------------------------------------ w023
RES.append(R(
    "w023.docx",
    "UK university student records officer from student services, Word tab-stop dates, bold title and italic employer",
    "docx", "tabs", "title_org", "mon", "Present",
    "Tolu Adeyemi",
    ["Holmbridge HB3 9RW  |  07700 900271  |  tolu.adeyemi@maildrop.co.uk"],
    [
        ("Profile", [
            "Student records professional with frontline student services and contact-centre experience. "
            "Accurate with data, calm at the enquiry desk in September.",
        ]),
        ("Career History", [
            E("Student Records Officer", "University of Holmbridge", "Holmbridge", "2022-02", "present",
              cs="affecting", bullets=[
                  "Maintain student records in SITS: enrolments, module changes, interruptions and withdrawals",
                  "Prepare and load results for 40 exam boards a year",
                  "Produce transcripts and degree certificates",
                  "Respond to data requests from faculties",
              ]),
            E("Student Services Adviser", "University of Holmbridge", "Holmbridge", "2019-08", "2022-01", bullets=[
                "First point of contact at the Student Hub desk, on the phone and through the online enquiry system",
                "Issued ID cards, council tax letters and enrolment confirmations",
                "Referred students to wellbeing, funding and disability teams",
            ], kind="in_person_service"),
            E("Clearing Assistant (temporary)", "Westerleigh College", "Westerleigh", "2019-07", "2019-08",
              bullets=[
                  "Took clearing calls from applicants and parents, checked grades and made verbal offers",
              ], kind="contact_center"),
            E("Customer Service Advisor", "Pennine Bright Energy", "Holmbridge", "2016-03", "2019-06", bullets=[
                "Inbound billing and meter-reading calls; webchat queue at peak times",
            ], kind="contact_center"),
            E("Sales Assistant", "Chapterhouse Books", "Holmbridge", "2014-09", "2016-02", kind="in_person_service"),
        ]),
        ("Education", [
            ("d", "2011 – 2014", "BA (Hons) Sociology, University of Holmbridge"),
            ("d", "2011", "A levels: Sociology (A), English Literature (B), Business (B)"),
        ]),
        ("Training", [
            ("d", "Oct 2024", "SITS:Vision advanced reporting"),
            ("d", "Mar 2021", "Suicide-safer universities: awareness for frontline staff"),
            ("d", "2020", "Data protection for student services"),
        ]),
        ("References", [
            "Available on request from the Academic Registry, University of Holmbridge, and Pennine Bright Energy.",
        ]),
    ],
    o=dict(page="A4", font="Arial", size=10, rule=True, hcase="upper", word_bullets=False, egap=4),
    glyph="–",
))

# ------------------------------------------------------------------ w024
RES.append(R(
    "w024.docx",
    "Indian biotechnology research scholar, Word heading styles with title, institution and dates on separate lines",
    "docx", "styles", "dateline", "mm/yyyy", "Present",
    "Athira Sreekumar",
    ["Senior Research Fellow, Department of Biotechnology, Narmada Central University",
     "Hostel C-214, NCU Campus, Jabalpur – 482004", "+91 94470 26518 · athira.sreekumar@mailbox.in"],
    [
        ("Research Interests", ["Plant abiotic stress, rice landraces, gene expression, DNA barcoding"]),
        ("Academic Record", [
            ("d", "2022 – Present", "Ph.D. (Biotechnology), Narmada Central University"),
            ("d", "2018", "M.Sc. Biotechnology, Malabar University – 8.4 CGPA"),
            ("d", "2016", "B.Sc. Botany, Nila Valley College for Women, Kozhikode – 86%"),
        ]),
        ("Fellowships and Qualifying Examinations", [
            ("d", "June 2021", "CSIR-UGC NET, Junior Research Fellowship (Life Sciences)"),
            ("d", "2021", "DBT-JRF, Category I"),
            ("d", "2018", "GATE (Biotechnology)"),
        ]),
        ("Research Experience", [
            E("Senior Research Fellow", "Narmada Central University", "Jabalpur", "2023-08", "present",
              section="other", cs="none", bullets=[
                  "Ph.D. research on salt-tolerance genes in Kerala rice landraces",
                  "Maintain the lab’s qPCR system and plant growth chambers",
              ]),
            E("Teaching Assistant", "Narmada Central University", "Jabalpur", "2022-01", "2023-07",
              section="other", bullets=[
                  "Conducted molecular biology practical sessions for M.Sc. students (2 batches of 20)",
                  "Evaluated lab records and assisted in internal examinations",
              ], kind="education"),
            E("Project Assistant", "Malabar Institute of Bioresources", "Kozhikode", "2019-06", "2021-12",
              cs="none", bullets=[
                  "Field collection and DNA barcoding of medicinal plants from the Western Ghats",
              ]),
        ]),
        ("Other Work Experience", [
            E("Technical Assistant", "Sanjivani Diagnostics", "Kochi", "2018-05", "2019-05", cs="affecting",
              bullets=[
                  "Processed blood and urine samples, ran biochemistry analysers and entered results in the LIS",
              ]),
        ]),
        ("Publications", [
            ("b", "Sreekumar A., Thomas R. (2025) OsHKT expression in saline-tolerant landraces. Journal of Plant "
                  "Stress Biology 11: 45–58."),
            ("b", "Menon K., Sreekumar A., et al. (2021) Barcoding Ayurvedic plants of the Western Ghats. "
                  "Indian Journal of Bioresources 6: 101–109."),
        ]),
        ("Conferences and Workshops", [
            ("b", "Poster, International Rice Genetics Symposium, Hyderabad, Nov 2024"),
            ("b", "Hands-on workshop on NGS data analysis, 10–14 July 2023"),
        ]),
        ("Personal Details", [
            "Date of Birth: 12-09-1996 · Languages: Malayalam, English, Hindi · Nationality: Indian",
        ]),
        ("Declaration", [
            "I hereby declare that the details furnished above are true to the best of my knowledge.",
        ]),
    ],
    o=dict(page="A4", hstyle="Heading 2", font="Cambria", size=10.5, name_style="Title", dist="paren"),
))

# ------------------------------------------------------------------ w025
RES.append(R(
    "w025.md",
    "US public history graduate, Markdown with employer headings and roles beneath, season and year-only dates",
    "md", "md", "orgfirst", "month", "Present",
    "Nia Whitfield-Carter",
    ["Port Tidewater, VA", "757-555-0148", "nia.whitfieldcarter@quillmail.net"],
    [
        ("Experience", [
            E("Museum Educator (part-time)", "Cobblestone Children's Museum", "Port Tidewater, VA", "2024-01",
              "present", bullets=[
                  "Facilitate gallery play and drop-in STEAM programs for families",
                  "Lead field-trip programs for pre-K to grade 3",
              ], kind="education"),
            E("Graduate Assistant", "Tidewater State University", "Port Tidewater, VA", "2023-08", "2025-05",
              section="other", cs="affecting", bullets=[
                  "Public History Program: managed metadata for the Shipyard Voices oral history collection in Omeka",
                  "Edited and published the program's podcast episodes",
              ]),
            E("Archives Intern", "Oyster Point Maritime Museum", "Oyster Point, VA", "2023-06", "2023-08",
              date="Summer 2023", etype="internship", cs="affecting", bullets=[
                  "Processed a collection of ship plans and drafted its finding aid",
              ]),
            E("Visitor Services Associate", "Oyster Point Maritime Museum", "Oyster Point, VA", "2021-03",
              "2023-05", bullets=[
                  "Admissions, membership and gift shop sales; greeted school groups at the door",
              ], kind="in_person_service"),
            E("Volunteer Docent", "Tidewater Historical Society", "Port Tidewater, VA", "2020", "2021",
              prec="year", section="volunteer", etype="volunteer", bullets=[
                  "Led Saturday tours of the 1790s merchant's house",
              ], kind="volunteering"),
        ]),
        ("Education", [
            ("d", "May 2025", "M.A. History (Public History concentration), Tidewater State University"),
            ("d", "May 2020", "B.A. History, minor in African American Studies, Chesapeake Bay College"),
        ]),
        ("Projects", [
            ("d", "2024", "“Working the Yards” pop-up exhibit, Port Tidewater Public Library (curator)"),
            ("d", "2023–2024", "Shipyard Voices podcast, season 2 (producer)"),
        ]),
        ("Conference Presentations", [
            ("d", "April 2025", "“Whose Shipyard?” National Council on Public History Practice, Richmond"),
        ]),
        ("Skills", ["Omeka, CollectiveAccess, PastPerfect, Audacity, Canva; oral history interviewing"]),
    ],
    o=dict(md="h3org", dist="paren", contact_join=" | "),
))

# ------------------------------------------------------------------ w026
RES.append(R(
    "w026.txt",
    "Australian education-focused maths lecturer, text from a LaTeX CV with a left year column and open-ended '2022–'",
    "txt", "datecol", "datefirst", "yyyy", "",
    "Dr Bronwyn Tavita",
    ["School of Mathematics and Statistics, Coralbay University, Coralbay QLD 4810",
     "b.tavita@coralbay.edu.au  |  +61 7 5550 4421"],
    [
        ("Academic employment", [
            E("Lecturer (Education Focused)", "Coralbay University", "Coralbay QLD", "2022", "present",
              prec="year", bullets=[
                  "Coordinate first-year Statistics for Health Sciences (900 students, two campuses)",
                  "Roster and staff the maths drop-in centre; one-to-one consultations with students",
              ], kind="education"),
            E("Sessional Tutor", "Coralbay University", "Coralbay QLD", "2017", "2021", prec="year",
              section="other", bullets=[
                  "Tutorials and marking in MATH1010, STAT1002 and STAT2004",
              ], kind="education"),
            E("Research Assistant", "Coralbay University", "Coralbay QLD", "2019", "2020", prec="year",
              section="other", cs="none", bullets=[
                  "Cleaned and analysed survey data for a regional health literacy study",
              ]),
        ]),
        ("Previous employment", [
            E("Secondary Mathematics Teacher", "Wattle Grove State High School", "Coralbay QLD", "2010", "2016",
              prec="year", bullets=[
                  "Years 7-12 Mathematics including Specialist Mathematics; Year 10 coordinator 2014-2016",
              ], kind="education"),
        ]),
        ("Qualifications", [
            ("d", "2022", "PhD (Statistics Education), Coralbay University"),
            ("d", "2009", "Graduate Diploma of Education (Secondary), Coralbay University"),
            ("d", "2008", "Bachelor of Science (Mathematics), Coralbay University"),
            ("d", "2023", "Graduate Certificate in Tertiary Teaching"),
        ]),
        ("Teaching awards", [
            ("d", "2025", "Vice-Chancellor's Award for Teaching Excellence (team)"),
            ("d", "2023", "Faculty citation for outstanding first-year teaching"),
        ]),
        ("Grants", [
            ("d", "2024-2025", "Learning and Teaching Grant: 'Stats help at scale', $18,400"),
        ]),
        ("Publications", [
            ("d", "2024", "Tavita B, Holm R. Drop-in support and pass rates in first-year statistics. Journal of "
                          "Tertiary Mathematics Teaching 12: 33-49."),
            ("d", "2021", "Tavita B. Anxiety and help-seeking among health science students. Statistics Education "
                          "Review 19: 4-22."),
        ]),
        ("Service", [
            ("d", "2023-", "School Learning and Teaching Committee"),
            ("d", "2022-2024", "Mentor, Indigenous Academic Success Program"),
        ]),
        ("Referees", [
            "Prof. Ruth Holm, Head of School, Coralbay University",
            "Mr Dale Ferreira, Principal, Wattle Grove State High School",
        ]),
    ],
    sep="–", glyph="-",
    o=dict(dcw=14, width=96, wrap=True, hang="", hcase="upper", underline=None, hblank=True),
))

# ------------------------------------------------------------------ w027
RES.append(R(
    "w027.docx",
    "US reference and instruction librarian, Word with contact in the page header, employer line first then italic title, typed dash bullets",
    "docx", "tabs", "org_title", "mon", "Present",
    "Ramón Escobedo-Hart, MLS",
    ["Harlan Springs, CO 80917", "(719) 555-0104", "ramon.eh@lakesmail.com", "he/him"],
    [
        ("Professional Experience", [
            E("Reference and Instruction Librarian", "Beaumont Community College", "Harlan Springs, CO", "2020-01",
              "present", bullets=[
                  "Teach 90+ one-shot information literacy sessions a year for composition and nursing courses",
                  "Staff the reference desk and the statewide chat reference service",
                  "Liaison librarian to Nursing and Allied Health",
              ], kind="education"),
            E("Access Services Evening Supervisor", "Kingsley University Library", "Kingsley, KS", "2016-07",
              "2019-12", bullets=[
                  "Supervised the circulation desk and 12 student workers on evening and weekend shifts",
                  "Handled patron account problems and closed the building",
              ], kind="in_person_service"),
            E("Graduate Assistant – Virtual Reference", "Kingsley University Libraries", "Kingsley, KS", "2014-08",
              "2016-05", section="other", bullets=[
                  "Answered chat and email reference questions from students and faculty",
              ], kind="digital_service"),
            E("Metadata Intern", "Hollins Valley Historical Society", "Hollins, KS", "2015-06", "2015-08",
              date="Summer 2015", etype="internship", cs="affecting", bullets=[
                  "Described 600 photographs in Dublin Core for the online collection",
              ]),
            E("Server", "Mabel's Kitchen", "Kingsley, KS", "2011-05", "2014-07", kind="in_person_service"),
        ]),
        ("Education", [
            ("d", "2016", "M.L.S., Kingsley University School of Information"),
            ("d", "2011", "B.A. Spanish, Prairie Ridge College"),
        ]),
        ("Presentations & Publications", [
            ("d", "Oct 2025", "“Nursing students and the evidence pyramid,” Rocky Mountain Library Instruction Summit"),
            ("d", "2023", "Escobedo-Hart, R. “Chat transcripts as teaching tools.” Community College Libraries "
                          "Quarterly 8(2): 14–22."),
        ]),
        ("Committees", [
            ("d", "2021 – present", "Chair, Library Instruction Round Table, state library association"),
            ("d", "2022 – 2024", "College Accessibility Committee"),
        ]),
        ("References", [
            "Dr. Helen Ruiz, Library Director, Beaumont Community College",
            "Marcus Webb, Head of Access Services, Kingsley University Library",
        ]),
    ],
    glyph="–",
    o=dict(page="letter", header=True, font="Garamond", size=11, word_bullets=False, hcase="upper", rule=True,
           contact_join=" | ", footer="Escobedo-Hart — page 1 of 1"),
))

# ------------------------------------------------------------------ w028
RES.append(R(
    "w028.pdf",
    "Quebec college chemistry lab technician, fpdf2 centred header, employer line first with YYYY-MM dates, 'to date'",
    "fpdf", "centred", "org_title", "yyyy-mm", "to date",
    "Étienne Lavallée-Roy",
    ["Montréal (Québec)  ·  514-555-0133  ·  etienne.lavallee.roy@postbox.ca"],
    [
        ("Work Experience", [
            E("Chemistry Laboratory Technician", "Collège Saint-Rémi", "Montréal, QC", "2019-08", "present",
              cs="affecting", bullets=[
                  "Prepare reagents, solutions and glassware for 35 general and organic chemistry lab periods per week",
                  "Manage the chemical inventory, WHMIS labelling and hazardous waste pick-ups",
                  "Repair and calibrate balances, pH meters and spectrophotometers",
              ]),
            E("Quality Control Analyst", "Fromagerie Val-Doré Inc.", "Saint-Hyacinthe, QC", "2016-05", "2019-07",
              cs="affecting", bullets=[
                  "Microbiological and compositional testing of milk and cheese; lot release",
              ]),
            E("Chemistry Tutor", "Self-employed", "Montréal, QC", "2014-09", "2019-06", etype="freelance",
              bullets=[
                  "Private tutoring for cégep and university students preparing for exams",
              ], kind="education"),
            E("Undergraduate Summer Research Student", "Université du Haut-Richelieu", "Saint-Jean, QC",
              "2015-06", "2015-08", date="Summer 2015", section="other", cs="none", bullets=[
                  "Synthesised and characterised copper complexes in an inorganic chemistry lab",
              ]),
        ]),
        ("Education", [
            ("d", "2016", "B.Sc. Chemistry, Université du Haut-Richelieu"),
            ("d", "2013", "DEC Laboratory Technology – Analytical Chemistry, Cégep de la Vallée"),
        ]),
        ("Certifications", [
            ("d", "2024", "WHMIS 2015 (renewed)"),
            ("d", "2023", "Transportation of Dangerous Goods – shipper"),
            ("d", "2021", "Emergency first aid"),
        ]),
        ("Languages", ["French (native), English (professional working proficiency)"]),
        ("Skills", ["HPLC, GC, UV-Vis, titration, LIMS, Excel; preparation-room safety"]),
    ],
    glyph="•",
    o=dict(font="cond", size=9.5, accent=(30, 60, 120), rule=True, hcase="upper",
           producer="Microsoft® Word pour Microsoft 365"),
))

# ------------------------------------------------------------------ w029
RES.append(R(
    "w029.docx",
    "US Army veteran, university library access services manager, Word layout table with a shaded sidebar, tab-stop dates, M/YYYY",
    "docx", "sidebar", "title_org", "m/yyyy", "Present",
    "Travis J. Nwankwo",
    ["Pinecrest, GA 30620", "(706) 555-0177", "travis.nwankwo@lakesmail.com"],
    [
        ("Experience", [
            E("Access Services Manager", "Pinecrest University Libraries", "Pinecrest, GA", "2019-03", "present",
              bullets=[
                  "Manage circulation, course reserves and interlibrary loan (6 staff, 25 student workers)",
                  "Step in at the service desk at peak times; resolve escalated patron complaints and fine appeals",
                  "Set loan policies and run the annual inventory",
              ], kind="in_person_service"),
            E("Circulation Supervisor", "Pinecrest University Libraries", "Pinecrest, GA", "2016-01", "2019-02",
              bullets=[
                  "Ran the main circulation desk: check-outs, equipment loans and patron accounts",
              ], kind="in_person_service"),
            E("Library Student Worker", "Pinecrest University Libraries", "Pinecrest, GA", "2014-08", "2015-12",
              section="other", prose=True, bullets=[
                  "Worked the circulation desk 15 hours a week while finishing my B.A. on the GI Bill.",
              ], kind="in_person_service"),
            E("Unit Supply Specialist", "U.S. Army", "Fort Hollis, KY", "2008", "2014", prec="year",
              etype="military", cs="affecting", bullets=[
                  "Requested, received and issued equipment and supplies for a 140-soldier company",
                  "Kept hand receipts and property books; zero losses on two change-of-command inventories",
              ]),
        ]),
        ("Volunteer", [
            E("Volunteer Coordinator", "Books for Barracks", "Pinecrest, GA", "2017-01", "present",
              section="volunteer", etype="volunteer", cs="affecting", bullets=[
                  "Collect, sort and ship donated paperbacks to deployed units and VA clinics",
              ]),
        ]),
        ("Education", [
            ("d", "in progress", "M.S. Library and Information Science (online), Southern Pines University"),
            ("d", "2015", "B.A. History, Pinecrest University"),
        ]),
    ],
    side=[
        ("Certifications", ["Library Support Staff Certification (2018)", "Lean Six Sigma Yellow Belt (2021)"]),
        ("Military awards", ["Army Commendation Medal (2013)", "Army Achievement Medal (2011)"]),
        ("Systems", ["Alma / Primo", "ILLiad", "LibCal", "Excel, Power BI"]),
    ],
    glyph="•",
    o=dict(page="letter", inner="tabs", sidefrac=0.28, sidefill="DCE6D8", font="Calibri", size=10.5,
           hcase="upper", rule=True, margin=0.6, word_bullets=True),
))

# ------------------------------------------------------------------ w030
RES.append(R(
    "w030.pdf",
    "UK museum curator of natural sciences, two-page reportlab CV in Times, employer headings with roles beneath, page footer",
    "rl", "plain", "orgfirst", "mon", "Present",
    "Dr Alasdair Penhallow",
    ["Curator of Natural Sciences, Brockhurst Museum", "2 Quarry Lane, Brockhurst BK7 4DF",
     "07700 900952  ·  a.penhallow@postmail.co.uk"],
    [
        ("Employment", [
            E("Curator of Natural Sciences", "Brockhurst Museum", "Brockhurst", "2018-01", "present", bullets=[
                "Responsible for 250,000 specimens: collections care, research access and loans",
                "Curated ‘Hidden Wings’ (2022) and the redisplay of the geology gallery (2024)",
                "Answer public identification enquiries and host the monthly ‘Bring Your Find’ sessions in the gallery",
            ], kind="other_facing"),
            E("Assistant Curator", "Brockhurst Museum", "Brockhurst", "2014-09", "2017-12", cs="affecting", bullets=[
                "Documentation backlog project: 40,000 records added to the collections database",
                "Object selection and label writing for temporary exhibitions",
            ]),
            E("Postdoctoral Research Assistant", "University of Calder", "Calder", "2011-10", "2014-08", cs="none",
              bullets=[
                  "Morphometric study of fossil insect wings; collection visits to eleven European museums",
              ]),
            E("Museum Assistant (casual)", "Harbour Heritage Centre", "Whitcliffe", "2008-06", "2011-09", bullets=[
                "Reception desk, shop and school visits during the holidays",
            ], kind="in_person_service"),
        ]),
        ("Voluntary Roles", [
            E("County Recorder for Beetles (volunteer)", "Brockhurst Natural History Society", "Brockhurst",
              "2015", "present", prec="year", section="volunteer", etype="volunteer", cs="none", bullets=[
                  "Verify and collate beetle records sent in by members and the public",
                  "Compile the annual county report",
              ]),
        ]),
        ("Education", [
            ("d", "2011", "PhD Palaeobiology, University of Calder"),
            ("d", "2007", "MSc Taxonomy and Biodiversity, University of Pennard"),
            ("d", "2006", "BSc (Hons) Zoology, University of Calder"),
        ]),
        ("Exhibitions", [
            ("d", "2024", "Deep Time: the geology gallery redisplay (lead curator)"),
            ("d", "2022", "Hidden Wings: insects in the collection (lead curator)"),
            ("d", "2016", "Brockhurst Underground (co-curator)"),
        ]),
        ("Grants", [
            ("d", "2023", "Collections development fund, £38,000 (geology redisplay)"),
            ("d", "2019", "Subject specialist network bursary, £2,500"),
        ]),
        ("Selected Publications", [
            ("d", "2023", "Penhallow A. A forgotten beetle collection rediscovered. Museum Natural History "
                          "Review 12: 40–52."),
            ("d", "2014", "Penhallow A., Marchant D. Wing venation in Carboniferous insects. Fossil Arthropod "
                          "Research 33: 201–228."),
            ("d", "2012", "Penhallow A. Shape analysis of fossil wings. Palaeo Methods 5: 15–31."),
        ]),
        ("External Roles", [
            ("d", "2020 – 2024", "Trustee, Whitcliffe Museum Trust"),
            ("d", "2019 – Present", "Steering group, regional natural science collections network"),
        ]),
        ("Professional Bodies", ["Associate member of the national museums association; Fellow of the Insect Collections Society"]),
        ("Referees", [
            "Ms Catherine Ode, Director, Brockhurst Museum",
            "Prof. David Marchant, School of Earth Sciences, University of Calder",
        ]),
    ],
    glyph="•",
    o=dict(font="Times", size=11, margin=62, head="split", footer="Penhallow CV | {n} of {N}", hcase="upper",
           rule=True, accent=(0.25, 0.1, 0.1), hsize=11.5, creator="Microsoft® Word 2016"),
))
