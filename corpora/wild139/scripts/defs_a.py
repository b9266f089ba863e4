# -*- coding: utf-8 -*-
"""wild139 résumés w001–w015 (all people and organisations invented)."""
from lib import E, R

RES = []

# ------------------------------------------------------------------ w001
RES.append(R(
    "w001.pdf",
    "US assistant professor of history, long academic CV, reportlab letter page in Times with dates in a left column, page footer",
    "rl", "plain", "datefirst", "yyyy", "present",
    "Corinne A. Lindqvist, Ph.D.",
    ["Department of History, Carrow State University",
     "410 Founders Hall, Millbrook, PA 17602",
     "(717) 555-0143  ·  clindqvist@carrowstate.edu"],
    [
        ("Education", [
            ("d", "2019", "Ph.D., History, Ashgrove University. Dissertation: “Boarding Houses and the Making of "
                          "Working Women in the Merrimack Mill Towns, 1840–1880.” Advisor: Martin Feeney"),
            ("d", "2015", "M.A., History, Ashgrove University"),
            ("d", "2013", "B.A., History and French, summa cum laude, Wendover College"),
        ]),
        ("Academic Appointments", [
            E("Assistant Professor of History", "Carrow State University", "Millbrook, PA", "2021", "present",
              prec="year", bullets=[
                  "Teach the U.S. survey (HIST 101/102) and upper-division seminars in nineteenth-century social "
                  "history on a 3/3 load, 60–110 students a term",
                  "Advise 25 history majors and supervise senior theses",
                  "Coordinate the public history minor, including internship placements with local museums",
              ], kind="education"),
            E("Visiting Assistant Professor", "Lindell College", "Hartwell, OH", "2019", "2021", prec="year",
              prose=True, bullets=[
                  "One-year appointment, renewed once. Taught six courses a year, among them Reconstruction and "
                  "the Gilded Age, Women in American History and the first-year writing seminar; moved every "
                  "section online in spring 2020 and kept virtual office hours four days a week."
              ], kind="education"),
        ]),
        ("Teaching Experience as a Graduate Student", [
            E("Graduate Teaching Assistant", "Department of History, Ashgrove University", "Ashgrove, NY",
              "2015", "2019", prec="year", section="other", bullets=[
                  "Led three weekly discussion sections of 20–25 students in the American history survey",
                  "Graded essays and exams, held office hours, and ran review sessions before finals",
                  "Instructor of record for HIST 205, Immigration and Ethnicity (Summer 2018)",
              ], kind="education"),
        ]),
        ("Courses Taught", [
            ("s", "Carrow State University"),
            ("b", "HIST 101 United States to 1877 — Fall 2021, Fall 2022, Fall 2023, Fall 2024, Fall 2025, Fall 2026"),
            ("b", "HIST 102 United States since 1877 — Spring 2022, Spring 2023, Spring 2024, Spring 2025, Spring 2026"),
            ("b", "HIST 348 Work, Gender and the American City — Spring 2023, Spring 2025"),
            ("b", "HIST 490 Senior Seminar in History — Fall 2024, Fall 2026"),
            ("s", "Lindell College"),
            ("b", "HIST 215 Reconstruction and the Gilded Age — Fall 2019, Fall 2020"),
            ("b", "HIST 230 Women in American History — Spring 2020, Spring 2021"),
            ("b", "FYS 100 First-Year Seminar: Mill Girls and Strikers — Fall 2019, Fall 2020"),
        ]),
        ("Research Experience", [
            E("Research Assistant", "Fenwick Letters Project, Ashgrove University Library", "Ashgrove, NY",
              "2014", "2015", prec="year", section="other", cs="affecting", bullets=[
                  "Transcribed and encoded about 400 family letters in TEI-XML for the project’s public digital edition",
                  "Compiled the biographical index of correspondents used in the edition’s search",
              ]),
        ]),
        ("Fellowships and Grants", [
            ("d", "2024–2025", "Faculty Summer Research Grant, Carrow State University ($4,500)"),
            ("d", "2018–2019", "Dissertation Completion Fellowship, Ashgrove University Graduate School"),
            ("d", "2017", "Short-Term Research Fellowship, New England Textile Archive"),
            ("d", "2016", "Graduate Travel Grant, Coalition of Labor Historians"),
        ]),
        ("Publications", [
            ("i", "Book"),
            ("d", "in progress", "Rooms of Their Own: Boarding Houses and Working Women in the Mill Towns "
                                 "(under contract, Allegheny Valley University Press)"),
            ("i", "Articles"),
            ("d", "2024", "“Rent, Respectability and the Mill Boarding House,” Journal of Nineteenth-Century "
                          "Social History 41, no. 2: 211–238."),
            ("d", "2021", "“Counting Lodgers: Using Manuscript Census Returns for Women’s Labor History,” "
                          "Historical Methods Review 17: 45–63."),
            ("d", "2020", "Review of Spindle and Shuttle, by H. Grieve. Labor Past 12: 88–90."),
        ]),
        ("Conference Presentations", [
            ("d", "Apr 2025", "“The Landlady’s Ledger,” Society for Nineteenth-Century American Studies, Baltimore"),
            ("d", "Oct 2023", "“Mill Girls on the Move,” Mid-Atlantic Labor History Workshop, Pittsburgh"),
            ("d", "Mar 2019", "“Lodging and Wage Dependency,” Coalition of Labor Historians Annual Meeting"),
        ]),
        ("Service", [
            ("d", "2023–present", "Member, General Education Committee, Carrow State University"),
            ("d", "2022–2024", "Faculty advisor, history honor society chapter, Carrow State University"),
            ("d", "2020–2021", "Search committee, Lindell College Department of History"),
            ("d", "2017–2018", "Graduate representative, Graduate Studies Committee, Ashgrove University"),
        ]),
        ("Professional Memberships", [
            "Society for Nineteenth-Century American Studies; Coalition of Labor Historians; "
            "Mid-Atlantic Public History Network",
        ]),
        ("References", [
            "Prof. Martin Feeney, Department of History, Ashgrove University — mfeeney@ashgrove.edu",
            "Prof. Louisa Brandt, Chair, Department of History, Carrow State University — lbrandt@carrowstate.edu",
            "Dr. Samuel Oyelowo, Dean of Faculty, Lindell College — soyelowo@lindell.edu",
        ]),
    ],
    o=dict(page="letter", font="Times", size=10.5, margin=60, datecol=84, nalign="center", footer="C. A. Lindqvist — Curriculum Vitae — {n}",
           hcase="upper", rule=True, hsize=11, creator="LaTeX with hyperref", egap=5),
))

# ------------------------------------------------------------------ w002
RES.append(R(
    "w002.docx",
    "UK senior lecturer in adult nursing who was a clinical research nurse, Word heading styles, right tab-stop dates",
    "docx", "styles", "title_org", "month", "Present",
    "Bronagh Tierney-Walsh RN MSc FHEA",
    ["14 Larchmont Road, Wexcombe WX4 2LP", "07700 900417", "b.tierneywalsh@postmail.co.uk"],
    [
        ("Profile", [
            "Registered adult nurse with nine years in acute medicine and clinical research, now teaching "
            "pre-registration nursing students. Interested in simulation, research literacy and supporting "
            "students from widening-participation backgrounds.",
        ]),
        ("Employment History", [
            E("Senior Lecturer in Adult Nursing", "University of Wexcombe, School of Health Sciences", "Wexcombe",
              "2022-09", "present", bullets=[
                  "Module lead for Acute Care 2 (second-year BSc Adult Nursing, about 180 students)",
                  "Personal academic tutor to 30 pre-registration students; link lecturer for two medical wards",
                  "Deliver simulation sessions and examine OSCEs",
                  "Supervise MSc dissertations with a clinical research focus",
              ], kind="education"),
            E("Clinical Research Nurse", "Harrowfield Hospitals NHS Foundation Trust", "Harrowfield",
              "2018-03", "2022-08", bullets=[
                  "Screened and recruited patients to respiratory and COVID-19 portfolio studies",
                  "Took informed consent and carried out study visits, spirometry and sample collection",
                  "Completed case report forms and reported adverse events to sponsors within timelines",
                  "First point of contact for trial participants and their families",
              ], kind="healthcare_care"),
            E("Staff Nurse (Band 5), Acute Medical Unit", "Harrowfield Hospitals NHS Foundation Trust",
              "Harrowfield", "2013-10", "2018-02", bullets=[
                  "Assessed and cared for up to eight acutely unwell patients per shift",
                  "Mentored student nurses on placement; shift co-ordinator from 2016",
              ], kind="healthcare_care"),
            E("Healthcare Assistant (Bank)", "St Clement's Hospice", "Wexcombe", "2010-11", "2013-08", bullets=[
                "Evening and weekend shifts supporting patients with personal care, meals and mobility while studying",
            ], kind="healthcare_care"),
        ]),
        ("Education and Qualifications", [
            ("d", "2023", "PGCert Learning and Teaching in Higher Education, University of Wexcombe"),
            ("d", "2019", "MSc Clinical Research (Distinction), Pennard University"),
            ("d", "2010 – 2013", "BSc (Hons) Adult Nursing, University of Wexcombe"),
        ]),
        ("Professional Registration", [
            "NMC registered nurse (adult), PIN 10X2738E, revalidated 2025",
            "Fellow of the Higher Education Academy (awarded March 2024)",
        ]),
        ("Publications and Presentations", [
            ("d", "2024", "Tierney-Walsh B, Amory F. Simulated handover and student confidence: a mixed-methods "
                          "evaluation. Nurse Education in Practice Today 9(3): 44–51."),
            ("d", "May 2025", "Poster: ‘Research-active wards and student placements’, Regional Nurse Educators "
                              "Conference, Leeds"),
            ("d", "Nov 2021", "Oral presentation: ‘Keeping trial participants engaged during lockdown’, "
                              "Research Nurses Network annual meeting (online)"),
        ]),
        ("Memberships", [
            "Association of Research Nurses (UK) – member since 2018",
        ]),
        ("References", [
            "Dr Felicity Amory, Head of Nursing, University of Wexcombe",
            "Mr Daniel Osei, Lead Research Nurse, Harrowfield Hospitals NHS Foundation Trust",
        ]),
    ],
    o=dict(page="A4", hstyle="Heading 1", title_style="Heading 3", font="Calibri", size=10.5,
           name_style="Title", contact_join="  •  "),
))

# ------------------------------------------------------------------ w003
RES.append(R(
    "w003.txt",
    "Indian assistant librarian, job-portal style CV pasted as text, key : value blocks, DD/MM/YYYY range and 'till date'",
    "txt", "caps", "kv", "month", "till date",
    "PRAJAKTA V. KULKARNI",
    ["Plot 22, Shivaji Nagar, Nagpur – 440010 (Maharashtra)",
     "Mobile: +91 98220 55417 | Email: prajakta.kulkarni.lib@mailbox.in"],
    [
        ("Career Objective", [
            "To work as a librarian in an academic institution where I can use my skills in library automation, "
            "user services and information literacy for the benefit of students and faculty.",
        ]),
        ("Professional Experience", [
            E("Assistant Librarian", "Vaikunth College of Engineering", "Nagpur", "2019-07", "present", bullets=[
                "Supervising circulation counter and reading hall used by approx. 1,200 students",
                "Helping students and faculty to search OPAC, DELNET and e-journal databases",
                "Conducting library orientation for first year B.E. students every August",
                "Koha LMS administration: patron records, overdue notices, reports for NAAC",
            ], kind="in_person_service"),
            E("Guest Lecturer (part-time)", "Department of Library & Information Science, Rashtrabhasha Mahavidyalaya",
              "Nagpur", "2021-08", "2022-04", bullets=[
                  "Taught Knowledge Organisation and Information Sources to BLISc students on Saturdays",
              ], kind="education"),
            E("Library Assistant", "Dhanvantari Institute of Medical Sciences", "Wardha", "2016-08", "2019-06",
              date="01/08/2016 to 30/06/2019", cs="affecting", bullets=[
                  "Classification (DDC 23) and cataloguing (AACR2, MARC21) of new arrivals",
                  "Accessioning, stock verification and binding work",
              ]),
            E("Project Trainee", "Regional Manuscript Resource Centre", "Pune", "2016-01", "2016-07",
              etype="internship", cs="affecting", bullets=[
                  "Digitisation and metadata creation for palm-leaf and paper manuscripts",
              ]),
        ]),
        ("Educational Qualification", [
            ("d", "2015", "M.Lib.I.Sc. – Vidarbha Regional University, First Class (68%)"),
            ("d", "2014", "B.Lib.I.Sc. – same university, First Class"),
            ("d", "2013", "B.A. (Marathi Literature) – Sitabuldi Arts College, Second Class"),
            "UGC-NET (Library & Information Science) qualified – December 2018",
        ]),
        ("Papers Presented", [
            ("b", "‘Use of e-resources by engineering students: a survey’ – National Conference on Library "
                  "Automation, Amravati, 14–15 Feb 2020"),
            ("b", "‘Koha for small college libraries’ – State level seminar, Nagpur, Jan 2023"),
        ]),
        ("Workshops / Seminars Attended", [
            ("b", "Five-day workshop on DSpace institutional repository, 12–16 Sept 2022"),
            ("b", "Online FDP on Research Data Management, June 2021"),
        ]),
        ("Computer Proficiency", [
            "Koha, SOUL, DSpace, MS Office, basic HTML",
        ]),
        ("Personal Details", [
            "Date of Birth : 14/03/1991",
            "Languages     : Marathi, Hindi, English",
            "Marital Status: Married",
        ]),
        ("Declaration", [
            "I hereby declare that the above information is true to the best of my knowledge.",
            "Place: Nagpur                                        (Prajakta V. Kulkarni)",
        ]),
    ],
    glyph="*",
    o=dict(underline="-", kv=(("Organisation", "org"), ("Designation", "title"), ("Duration", "date")),
           width=92, wrap=False, newline="\r\n", bpad="   "),
))

# ------------------------------------------------------------------ w004
RES.append(R(
    "w004.pdf",
    "Canadian museum educator, fpdf2 left-aligned header, title with right dates and museum line below, volunteer docent",
    "fpdf", "left", "title_org", "mon", "Present",
    "Jasmine Thibodeau",
    ["Vancouver, BC  ·  604-555-0178  ·  jthibodeau@postbox.ca  ·  linkedin.com/in/jasmine-thibodeau-edu"],
    [
        ("Profile", [
            "Bilingual museum educator (English/French) with six years in public programming and visitor "
            "services. I build hands-on programs that work for school groups, families and adults who have "
            "never been to a museum.",
        ]),
        ("Museum & Heritage Experience", [
            E("Museum Educator", "Fraser Delta Heritage Museum", "Richmond, BC", "2022-03", "present", bullets=[
                "Deliver curriculum-linked school programs (K–7) to 4,000+ students a year, on site and in classrooms",
                "Develop hands-on activity kits on river fishing technologies with community advisors",
                "Train and schedule 12 volunteer program facilitators",
                "Lead adult evening talks and run the summer day camp",
            ], kind="education"),
            E("Visitor Services Associate", "Kestrel Point Art Gallery", "Vancouver, BC", "2019-06", "2022-02",
              bullets=[
                  "Admissions, membership sales and gift shop till",
                  "Answered visitor questions in English and French and arranged accessibility requests",
                  "Opened and closed the front desk and balanced the daily cash",
              ], kind="in_person_service"),
            E("Collections Assistant (contract)", "Cedar Valley Regional Museum", "Cedar Valley, BC",
              "2018-09", "2019-05", cs="affecting", bullets=[
                  "Catalogued 1,100 objects from a farm family donation in PastPerfect",
                  "Wrote condition reports and rehoused textiles in archival boxes",
                  "Photographed objects for the online collection",
              ]),
            E("Summer Student Interpreter", "Fort Lachlan National Historic Site", "Fort Lachlan, MB",
              "2018-06", "2018-08", date="Summer 2018", bullets=[
                  "Costumed interpretation of 1840s fur-trade post life; hourly guided walks for visitors",
              ], kind="other_facing"),
        ]),
        ("Volunteer", [
            E("Volunteer Docent", "Kestrel Point Art Gallery", "Vancouver, BC", "2023-01", "present",
              section="volunteer", etype="volunteer", bullets=[
                  "Lead one public tour a month of the permanent collection",
              ], kind="volunteering"),
        ]),
        ("Education", [
            ("d", "2019", "Master of Museum Studies, University of Aldermoor"),
            ("d", "2017", "BA, History and Anthropology, Université de Saint-Boniface-du-Lac"),
        ]),
        ("Certificates & Presentations", [
            ("d", "2024", "Standard First Aid & CPR-C"),
            ("d", "Oct 2023", "“Touch Tables for All” – Pacific Museums Network Conference, Victoria"),
            ("d", "2021", "Certificate in Accessible Programming (online, 30 h)"),
        ]),
        ("Languages", ["English (native), French (fluent), Spanish (basic)"]),
    ],
    glyph="▪",
    o=dict(font="sans", size=9.5, accent=(20, 110, 110), rule=True, producer="Microsoft: Print To PDF"),
))

# ------------------------------------------------------------------ w005
RES.append(R(
    "w005.docx",
    "German postdoc turned lab manager, English tabular CV in Word, borderless table per job, MM/YYYY dates, 'since'",
    "docx", "table", "title_org", "mm/yyyy", "present",
    "Dr. rer. nat. Katharina Bauernfeind",
    ["Lindenstraße 12, 53127 Rheinfeld, Germany", "+49 176 5550 2291", "k.bauernfeind@webpost.de"],
    [
        ("Professional Experience", [
            E("Laboratory Manager", "Universität Rheinfeld, Institute of Cell Biology", "Rheinfeld",
              "2022-04", "present", cs="none", bullets=[
                  "Ordering, budget tracking and supplier contracts for a research group of 14",
                  "Biosafety officer (S2): documentation, risk assessments, inspections",
                  "Service scheduling and maintenance of confocal microscope and flow cytometer",
                  "Onboarding of new doctoral researchers (safety instructions, lab rules)",
              ]),
            E("Postdoctoral Researcher", "Max-Ebert-Institut für Molekulare Medizin", "Kellbach",
              "2019-10", "2022-03", cs="none", bullets=[
                  "Third-party funded project on mitochondrial quality control in neurons",
                  "CRISPR screens, live-cell imaging, data analysis in Python and R",
                  "Presented results at three international meetings",
              ]),
            E("Doctoral Researcher (Wissenschaftliche Mitarbeiterin)", "Universität Rheinfeld", "Rheinfeld",
              "2015-10", "2019-09", bullets=[
                  "Doctoral thesis on selective autophagy receptors in budding yeast",
                  "Taught the biochemistry practical course for 2nd-year B.Sc. students every winter semester "
                  "(groups of 16)",
                  "Co-supervised two Master’s theses",
              ], kind="education"),
            E("Student Assistant (HiWi)", "Universität Rheinfeld", "Rheinfeld", "2013-04", "2014-09",
              section="other", cs="affecting", bullets=[
                  "Prepared buffers, media and equipment for the undergraduate teaching labs",
              ]),
            E("Working Student – Customer Service", "Stadtwerke Rheinfeld GmbH", "Rheinfeld", "2011-10", "2013-03",
              bullets=[
                  "Answered customer calls about electricity and gas bills, meter readings and moving house",
                  "Updated customer accounts in SAP IS-U",
              ], kind="contact_center"),
        ]),
        ("Education", [
            ("d", "10/2015 – 09/2019", "Dr. rer. nat. (magna cum laude), Universität Rheinfeld"),
            ("d", "10/2013 – 09/2015", "M.Sc. Molecular Biology, Universität Rheinfeld"),
            ("d", "10/2010 – 09/2013", "B.Sc. Biology, Universität Rheinfeld"),
            ("d", "06/2010", "Abitur, Goethe-Gymnasium Kellbach"),
        ]),
        ("Scholarships and Awards", [
            ("d", "2016 – 2019", "Doctoral scholarship, Rheinfeld Graduate School of Life Sciences"),
            ("d", "2020", "Poster prize, Autophagy Meeting, Heidelberg"),
        ]),
        ("Selected Publications", [
            "Bauernfeind K, Lüders T, Ohm S (2022) Receptor clustering drives mitophagy in cortical neurons. "
            "Cell Reports Methods 3: 100–114.",
            "Bauernfeind K, Kessler M (2019) Atg-domain mutants uncouple cargo recognition and degradation. "
            "Journal of Yeast Cell Biology 28: 611–627.",
        ]),
        ("Languages and Skills", [
            "German (native), English (fluent, C2), French (B1)",
            "Python, R, Fiji/ImageJ, FlowJo, SAP (basic); GMO law and S2 biosafety",
        ]),
        ("", ["Rheinfeld, 2 November 2026"]),
    ],
    o=dict(page="A4", font="Arial", size=10, since="since", hcase="upper", rule=True, bullets_in_cell=True,
           margin=0.8, doc_title="Lebenslauf / CV"),
))

# ------------------------------------------------------------------ w006
RES.append(R(
    "w006.md",
    "US research data librarian, Markdown CV from a personal site, bold title line with employer and dates, workshops list",
    "md", "md", "title_org", "mon", "present",
    "Theo Marchetti-Boyle, MLIS",
    ["Pellham, CT", "theo.mb@quillmail.net", "github.com/tmarchettiboyle", "ORCID 0000-0002-1984-5531"],
    [
        ("Professional Experience", [
            E("Research Data Librarian", "Pellham University Libraries", "Pellham, CT", "2021-08", "present",
              bullets=[
                  "Hold 150+ consultations a year with faculty and graduate students on data management plans, "
                  "repositories and funder sharing rules",
                  "Teach a workshop series for graduate students (R, OpenRefine, version control)",
                  "Curate datasets deposited in the institutional repository",
              ], kind="education"),
            E("Digital Scholarship Postdoctoral Fellow", "Pellham University Libraries", "Pellham, CT",
              "2019-08", "2021-07", cs="affecting", bullets=[
                  "Built a text-mining pipeline and search interface for the digitized Pellham Courier (1868–1931)",
                  "Wrote technical documentation and metadata guidelines for the digital collections team",
              ]),
            E("Software Developer", "Bluegill Analytics", "Hartford, CT", "2014", "2017", prec="year",
              cs="none", bullets=[
                  "Back-end development of reporting dashboards in Python and PostgreSQL",
              ]),
        ]),
        ("Graduate Positions", [
            E("Graduate Research Assistant", "Tamsin University School of Information", "Tamsin, NY",
              "2017-09", "2019-05", section="other", cs="none", bullets=[
                  "Coded interview transcripts (NVivo) for a study of scholarly data reuse; co-authored two papers",
              ]),
            E("Reference Desk Assistant", "Tamsin University Library", "Tamsin, NY", "2018-09", "2019-05",
              section="other", prose=True, bullets=[
                  "Ten hours a week at the main reference desk and on chat reference during evening shifts.",
              ], kind="in_person_service"),
        ]),
        ("Education", [
            ("d", "2019", "MLIS, Tamsin University School of Information"),
            ("d", "2014", "B.S. Mathematics, University of Eastern Connecticut Shoreline"),
        ]),
        ("Workshops Taught", [
            ("b", "Data Management for Dissertations — Fall 2022, Spring 2023, Fall 2024, Spring 2026"),
            ("b", "Reproducible Research with R and Git — Spring 2022 to present, each term"),
            ("b", "OpenRefine for Messy Spreadsheets — Fall 2021"),
        ]),
        ("Selected Talks", [
            ("d", "Jun 2025", "“Small Data, Big Questions,” New England Research Data Forum"),
            ("d", "Oct 2022", "“What Our Consultations Tell Us,” Library Data Services Summit (virtual)"),
        ]),
        ("Software", [
            ("b", "courierdig — OCR clean-up and search for historical newspapers (2020–2021)"),
            ("b", "dmptools-lite — templates for data management plans (2023)"),
        ]),
        ("Awards", [("d", "2024", "Pellham University Libraries Innovation Award")]),
    ],
    o=dict(md="bold", dist="paren", contact_join=" | "),
))

# ------------------------------------------------------------------ w007
RES.append(R(
    "w007.html",
    "Australian lecturer in linguistics, HTML CV from a faculty homepage, two-column table with year dates on the left",
    "html", "table", "datefirst", "yyyy", "present",
    "Dr Hana Kobayashi-Reid",
    ["School of Languages and Cultures, Yarraden University, Melbourne VIC 3086",
     "h.kobayashireid@yarraden.edu.au"],
    [
        ("Academic appointments", [
            E("Lecturer in Linguistics", "School of Languages and Cultures, Yarraden University", "Melbourne VIC",
              "2020", "present", prec="year", bullets=[
                  "Convenor of LING1001 Language and Society (450 students) and LING3012 Phonology",
                  "Supervise Honours and HDR students",
                  "First-year academic adviser for the Bachelor of Arts (2022–2024)",
              ], kind="education"),
            E("Associate Lecturer (fixed-term)", "Yarraden University", "Melbourne VIC", "2019", "2019",
              prec="year", bullets=[
                  "Teaching-focused appointment: lectures and tutorials in introductory linguistics",
              ], kind="education"),
        ]),
        ("Research and teaching during candidature", [
            E("Casual Tutor and Marker", "University of Wattlebrook", "Brisbane QLD", "2015", "2018", prec="year",
              section="other", prose=True, bullets=[
                  "Tutored and marked in LING1000, LING2005 and JAPN1010 across eight semesters.",
              ], kind="education"),
            E("Research Assistant", "Wattlebrook Language Documentation Lab, University of Wattlebrook",
              "Brisbane QLD", "2016", "2018", prec="year", section="other", cs="none", bullets=[
                  "Transcribed and glossed Japanese dialect recordings in ELAN",
                  "Ran acoustic analyses in Praat for the project’s journal articles",
              ]),
        ]),
        ("Other professional experience", [
            E("Freelance Japanese–English Interpreter", "Self-employed", "Brisbane QLD", "2011", "2014",
              prec="year", etype="freelance", bullets=[
                  "Interpreted at medical appointments, legal interviews and business meetings",
              ], kind="entrepreneurial_freelance"),
        ]),
        ("Education", [
            ("d", "2019", "PhD (Linguistics), University of Wattlebrook"),
            ("d", "2014", "MA (Applied Linguistics), University of Wattlebrook"),
            ("d", "2010", "BA (Hons I), Japanese and Linguistics, Kurrajong University"),
        ]),
        ("Grants and awards", [
            ("d", "2023–2025", "Early Career Researcher Grant, Yarraden University ($28,000)"),
            ("d", "2021", "Faculty Teaching Excellence Award, Yarraden University"),
            ("d", "2015–2018", "Research Training Program Scholarship"),
        ]),
        ("Selected publications", [
            ("d", "2025", "Kobayashi-Reid, H. Pitch accent loss in coastal dialects. Journal of East Asian "
                          "Phonology 14: 1–29."),
            ("d", "2022", "Kobayashi-Reid, H. & Tran, D. Rhythm in heritage speakers. Laboratory Phonology "
                          "Notes 6: 77–95."),
        ]),
        ("Research supervision", [
            ("d", "2021–", "PhD: two principal, one associate supervision"),
            ("d", "2020–2024", "Honours: seven theses completed"),
        ]),
        ("Service", [
            ("d", "2023–present", "Reviewer, Journal of East Asian Phonology"),
            ("d", "2021–2023", "School Learning and Teaching Committee"),
        ]),
    ],
    o=dict(css="body{font-family:'Helvetica Neue',Arial,sans-serif;max-width:52em;margin:1.5em auto}"
               "td.when{width:8em;vertical-align:top;color:#444}h2{color:#7a1f2b}",
           doc_title="CV"),
))

# ------------------------------------------------------------------ w008
RES.append(R(
    "w008.pdf",
    "UK school librarian, reportlab with a shaded left sidebar (contact, skills, qualifications), page footer",
    "rl", "sidebar", "title_org", "mon", "Present",
    "Harriet Oyelaran",
    ["Leicester", "07700 900862", "harriet.oyelaran@maildrop.co.uk"],
    [
        ("Profile", [
            "Chartered school librarian who loves getting reluctant readers hooked. Eleven years working with "
            "children and families in schools and public libraries.",
        ]),
        ("Experience", [
            E("School Librarian", "Ashby Fields Academy", "Leicester", "2019-09", "present", bullets=[
                "Run the library for 1,150 students aged 11–18 and teach weekly library lessons to Years 7 and 8",
                "Lead the book award shadowing group and the Year 9 reading mentors scheme",
                "Manage a £9k budget, stock selection and the Accessit catalogue",
            ], kind="education"),
            E("Library Assistant (part-time)", "Thurnby Cross Library", "Leicestershire", "2015-11", "2019-08",
              bullets=[
                  "Issued and returned items, took payments and answered enquiries at the counter",
                  "Ran Rhyme Time sessions for under-fives on Tuesday mornings",
                  "Helped older customers use the public PCs and e-book apps",
              ], kind="in_person_service"),
            E("Teaching Assistant (SEN)", "Holloway Park Primary School", "Leicester", "2013-01", "2015-10",
              bullets=[
                  "One-to-one support for a Year 4 pupil with autism; small-group phonics interventions",
              ], kind="education"),
            E("Christmas Temp Bookseller", "Wordsmith & Lane Books", "Leicester", "2012-11", "2013-01",
              kind="in_person_service"),
        ]),
        ("Volunteering", [
            E("Reading Buddy (volunteer)", "Holloway Park Primary School", "Leicester", "2016-09", "2018-07",
              section="volunteer", etype="volunteer", bullets=[
                  "Listened to Year 2 readers one morning a week",
              ], kind="volunteering"),
        ]),
    ],
    side=[
        ("Skills", ["Reading for pleasure", "Information literacy", "Accessit LMS", "Canva, Google Classroom"]),
        ("Qualifications", ["MA Library & Information", "Studies (2019)", "Chartered librarian (2022)",
                            "BA (Hons) English, 2012"]),
        ("Awards", ["School Library of the Year,", "shortlisted 2024"]),
    ],
    glyph="•",
    o=dict(font="Helvetica", size=9.5, accent=(0.1, 0.35, 0.25), sidefill=(0.90, 0.95, 0.92), sidew=165,
           footer="Harriet Oyelaran – CV – page {n} of {N}", footer_align="right", hcase="upper", rule=True,
           head_rule=False),
))

# ------------------------------------------------------------------ w009
RES.append(R(
    "w009.docx",
    "US academic advisor and Army Reserve veteran, Word table per job (employer left, dates right), contact in page header",
    "docx", "table", "org_title", "month", "Present",
    "Darnell K. Whitacre",
    ["Coldwater, MI 49036", "(517) 555-0192", "dkwhitacre@lakesmail.com"],
    [
        ("Summary", [
            "Academic advisor with eight years in higher education: advising, registrar operations and "
            "admissions. Army Reserve veteran and first-generation graduate.",
        ]),
        ("Professional Experience", [
            E("Academic Advisor II", "Coldwater State University, College of Arts & Sciences", "Coldwater, MI",
              "2021-02", "present", bullets=[
                  "Advise a caseload of 340 undeclared and pre-major students through registration, major "
                  "exploration and academic probation",
                  "Lead first-year orientation advising sessions each summer",
                  "Refer students to tutoring, counseling and financial aid; document contacts in the advising platform",
              ], kind="education"),
            E("Registrar's Office Specialist", "Coldwater State University, Office of the Registrar",
              "Coldwater, MI", "2018-06", "2021-01", cs="affecting", bullets=[
                  "Evaluated transfer coursework and posted equivalencies to student records",
                  "Maintained degree audit rules for 14 majors",
                  "Processed grade changes and graduation clearances",
              ]),
            E("Admissions Counselor", "Ferris Hill College", "Ferris Hill, OH", "2016-08", "2018-05", bullets=[
                "Recruited in a four-state territory: college fairs, high school visits and applicant interviews",
                "Read and rated 900+ applications per cycle",
                "Hosted campus visit days for prospective families",
            ], kind="sales_account"),
            E("Human Resources Specialist (42A)", "U.S. Army Reserve", "Toledo, OH", "2012", "2018",
              prec="year", etype="military", cs="none", bullets=[
                  "Processed personnel actions, evaluations and promotion packets for a 160-soldier company",
                  "Maintained unit personnel records and monthly readiness reports",
              ]),
            E("Resident Assistant", "Ferris Hill College", "Ferris Hill, OH", "2013-08", "2015-05",
              section="other", bullets=[
                  "Responsible for a floor of 42 first-year students: community programs, roommate mediation, "
                  "on-call duty",
              ], kind="other_facing"),
        ]),
        ("Education", [
            ("d", "2020", "M.A. Higher Education Administration, Coldwater State University"),
            ("d", "2016", "B.A. Psychology, Ferris Hill College"),
        ]),
        ("Certifications & Professional Development", [
            ("d", "2022", "Advising Core Competencies Certificate, Global Advising Association"),
            ("d", "2019", "Mental Health First Aid (Higher Education)"),
        ]),
        ("Presentations", [
            ("d", "March 2024", "“Probation Is Not a Verdict” – Great Lakes Advising Conference"),
        ]),
        ("Committees", [
            ("d", "2022 – Present", "First-Generation Student Task Force, Coldwater State University"),
            ("d", "2019 – 2021", "Staff Senate representative"),
        ]),
        ("References", [
            "Dr. Alicia Pomeroy, Director of Advising, Coldwater State University — (517) 555-0110",
            "Sgt. 1st Class (ret.) Kevin Durr, former supervisor, U.S. Army Reserve",
        ]),
    ],
    o=dict(page="letter", header=True, font="Cambria", size=10.5, hstyle="Heading 2",
           footer="Whitacre – Résumé", contact_join="  ·  "),
))

# ------------------------------------------------------------------ w010
RES.append(R(
    "w010.pdf",
    "Indian assistant professor of chemistry, fpdf2 centred header, 'Title – Institution, City' with right Mon-YYYY dates",
    "fpdf", "centred", "dash", "mon-", "Present",
    "Dr. Anirudh Vasant Kelkar",
    ["Assistant Professor, Department of Chemistry", "Flat 7, Saptashrungi Apartments, Kothrud, Pune – 411038",
     "+91 94220 71853  |  akelkar.chem@mailbox.in"],
    [
        ("Academic Qualifications", [
            ("d", "2017", "Ph.D. (Chemistry), Bharat Institute of Chemical Sciences / Deccan University"),
            ("d", "2009", "M.Sc. (Physical Chemistry), Savitri College, Pune – First Class with Distinction"),
            ("d", "2007", "B.Sc. (Chemistry), Savitri College, Pune"),
            "CSIR-UGC NET JRF – June 2011 (AIR 46);  GATE 2011 (Chemistry)",
        ]),
        ("Teaching Experience", [
            E("Assistant Professor (Chemistry)", "Shrirampur College of Science", "Pune", "2018-07", "present",
              bullets=[
                  "Teaching Physical and Analytical Chemistry to B.Sc. and M.Sc. students (16 periods/week)",
                  "In-charge of M.Sc. practical examinations; mentor to 40 students",
                  "NAAC Criterion II coordinator (2022–23)",
              ], kind="education"),
            E("Guest Faculty", "Vidyavardhini Arts, Science and Commerce College", "Satara", "2016-08", "2018-04",
              bullets=["Clock-hour basis teaching of F.Y.B.Sc. chemistry theory and practicals"],
              kind="education"),
        ]),
        ("Research Experience", [
            E("Senior Research Fellow", "Bharat Institute of Chemical Sciences", "Hyderabad", "2013-08",
              "2016-06", section="other", cs="none", bullets=[
                  "Ph.D. work on ruthenium catalysts for transfer hydrogenation",
                  "Operated and maintained the shared GC-MS facility",
              ]),
            E("Junior Research Fellow", "Bharat Institute of Chemical Sciences", "Hyderabad", "2011-08",
              "2013-07", section="other", cs="none", bullets=[
                  "Synthesis and characterisation (NMR, IR, XRD) of pincer ligands",
              ]),
        ]),
        ("Industrial Experience", [
            E("QC Chemist", "Sahyadri Pharma Pvt. Ltd.", "Kurkumbh MIDC", "2009-06", "2010-07", cs="affecting",
              bullets=[
                  "HPLC and wet analysis of raw materials and finished tablets as per IP/USP",
                  "Maintained GLP documentation and instrument calibration records",
              ]),
        ]),
        ("Publications (selected, 11 in total)", [
            ("b", "Kelkar A.V., Rao S.M. (2016) Ru(II)-NNN pincer complexes for transfer hydrogenation. "
                  "Indian Journal of Catalysis Research 54: 233–241."),
            ("b", "Kelkar A.V., et al. (2021) Green synthesis of quinoxalines in water. "
                  "Journal of Chemical Sciences Today 9: 12–19."),
        ]),
        ("Conferences / Workshops", [
            ("b", "Oral presentation, National Symposium on Catalysis, Hyderabad, Dec 2015"),
            ("b", "Participant, UGC-sponsored Refresher Course in Chemistry, 21 days, Nov 2020"),
            ("b", "Resource person, workshop on ‘Green Chemistry in UG labs’, Jan 2024"),
        ]),
        ("Research Guidance", ["M.Sc. projects guided: 14 (2018–2026)"]),
        ("Professional Membership", ["Life Member, Association of Chemistry Teachers of Western India"]),
        ("Personal Details", [
            "Date of Birth: 02 November 1986 | Languages: Marathi, Hindi, English | Nationality: Indian",
        ]),
        ("Declaration", [
            "I declare that the information furnished above is true to the best of my knowledge and belief.",
        ]),
    ],
    glyph="➢",
    o=dict(font="sans", size=9.5, footer="Page {n} of {N}", hcase="upper", hfill=(225, 225, 235),
           dist="right", producer="Microsoft® Word 2019"),
))

# ------------------------------------------------------------------ w011
RES.append(R(
    "w011.txt",
    "UK archivist, plain-text CV with capitalised underlined headings, employer line first then title, right-padded dates",
    "txt", "caps", "org_title", "mon", "Present",
    "Tamsin Ferraby",
    ["27 Ropewalk Terrace, Brackenfold BF2 7QT", "07700 900315 | tamsin.ferraby@postmail.co.uk"],
    [
        ("Personal Statement", [
            "Qualified archivist with experience of searchroom work, cataloguing and outreach in local "
            "authority and university archives.",
        ]),
        ("Employment", [
            E("Archivist", "Brackenfold County Record Office", "Brackenfold", "2020-01", "present", bullets=[
                "Searchroom duty two days a week: registering readers, advising on sources, producing documents",
                "Answer 40-60 remote enquiries a month, including the paid research service",
                "Catalogue deposited parish and estate collections in CALM",
                "Give talks to local history societies",
            ], kind="in_person_service"),
            E("Project Archivist (fixed term)", "Calderbridge College Archives", "Calderbridge", "2018-06",
              "2019-12", cs="affecting", bullets=[
                  "Catalogued the papers of the college's founding architects (420 boxes) to ISAD(G)",
                  "Produced the online finding aid and a preservation survey",
              ]),
            E("Archives Assistant", "Eastholme University Special Collections", "Eastholme", "2015", "2017",
              prec="year", bullets=[
                  "Invigilated the reading room, retrieved and reshelved material",
                  "Scanned items for reader orders",
              ], kind="in_person_service"),
            E("Graduate Trainee", "Kingsmere College Library", "Kingsmere", "2014-09", "2015-08",
              etype="internship", bullets=[
                  "One-year traineeship: issue desk, inductions for new undergraduates, shelving, rare books project",
              ], kind="in_person_service"),
        ]),
        ("Volunteering", [
            E("Volunteer Cataloguer", "Grindle Mill Heritage Trust", "Calderbridge", "2012", "2014", prec="year",
              section="volunteer", etype="volunteer", cs="affecting", bullets=[
                  "Listed and numbered the mill's glass-plate negative collection",
              ]),
        ]),
        ("Education", [
            ("d", "2017 - 2018", "MA Archives and Records Management, University of Pennard"),
            ("d", "2011 - 2014", "BA (Hons) History, University of Eastholme - 2:1"),
        ]),
        ("Professional Development", [
            ("b", "Registered Member of the national archives and records association (2023)"),
            ("b", "Digital preservation foundation course, March 2022"),
            ("b", "Palaeography summer school, July 2017"),
        ]),
        ("Talks", [
            ("b", "'Reading a tithe map', Brackenfold Local History Society, October 2024"),
            ("b", "'What the parish chest kept', Calderbridge Civic Society, May 2021"),
        ]),
        ("Referees", [
            "Dr Ruth Okwu, County Archivist, Brackenfold County Record Office",
            "Mr Ian Stroud, Head of Special Collections, Eastholme University",
        ]),
    ],
    glyph="-",
    o=dict(underline="=", width=76, hblank=False, bpad="  "),
))

# ------------------------------------------------------------------ w012
RES.append(R(
    "w012.docx",
    "Canadian English PhD candidate, writing-centre consultant and TA, Word two-column layout table with shaded sidebar and nested job tables",
    "docx", "sidebar", "title_org", "mon", "Present",
    "Nadia Szymańska",
    ["Lakeport, ON", "289-555-0164", "nadia.szymanska@postbox.ca"],
    [
        ("Teaching & Tutoring", [
            E("Writing Consultant", "Western Laurentian University Writing Centre", "Lakeport, ON", "2022-09",
              "present", section="other", bullets=[
                  "One-to-one and online consultations with undergraduate and graduate writers (about 12 a week)",
                  "Co-facilitate the thesis writing retreats each term",
              ], kind="education"),
            E("Teaching Assistant", "Department of English, Western Laurentian University", "Lakeport, ON",
              "2021-09", "2024-04", section="other", bullets=[
                  "Led tutorials for first-year English and graded essays for 75 students per term",
              ], kind="education"),
        ]),
        ("Research", [
            E("Research Assistant", "Digital Humanities Lab, Western Laurentian University", "Lakeport, ON",
              "2023-05", "2023-08", date="May–August 2023", section="other", cs="none", bullets=[
                  "Encoded early modern recipe manuscripts in TEI-XML and proofread transcriptions",
              ]),
        ]),
        ("Employment", [
            E("ESL Instructor", "Maplewood Language Institute", "Toronto, ON", "2017-07", "2020-08", bullets=[
                "Taught general English and IELTS preparation to adult international students, levels A2–C1",
            ], kind="education"),
            E("Barista", "Ravine Roasters", "Toronto, ON", "2015-05", "2017-06", kind="in_person_service"),
        ]),
        ("Education", [
            ("d", "2021 – present", "PhD candidate, English and Cultural Studies, Western Laurentian University"),
            ("d", "2021", "MA English, Western Laurentian University"),
            ("d", "2017", "BA (Hons) English and Polish Studies, University of Bramhall"),
        ]),
        ("Awards", [
            ("d", "2021 – 2025", "Graduate Entrance Scholarship, Western Laurentian University"),
            ("d", "2024", "Writing Centre Consultant of the Year"),
        ]),
        ("Conference Papers", [
            ("d", "May 2025", "“Kitchen Hands: Women’s Recipe Books as Archives,” Canadian Early Modern Forum"),
            ("d", "Nov 2023", "“Marginalia and Measure,” Graduate Humanities Symposium, Lakeport"),
        ]),
    ],
    side=[
        ("Languages", ["English", "Polish", "French (intermediate)"]),
        ("Tools", ["Zotero", "TEI-XML / Oxygen", "Avenue LMS", "WCOnline"]),
    ],
    o=dict(page="letter", inner="table", sidefrac=0.3, sidefill="EDE7F6", font="Georgia", size=10,
           hcase="upper", margin=0.6),
))

# ------------------------------------------------------------------ w013
RES.append(R(
    "w013.pdf",
    "Australian teaching-labs technical officer, reportlab two-column body, title, employer and dates on separate lines",
    "rl", "twocol", "dateline", "mon", "Current",
    "Lachlan Petrakis",
    ["Port Wirra NSW 2450  |  0412 555 873  |  lachlan.petrakis@inbox.com.au"],
    [
        ("Employment", [
            E("Senior Technical Officer – Teaching Laboratories", "University of Banksia Coast", "Port Wirra NSW",
              "2021-01", "present", bullets=[
                  "Set up and pack down 40+ practical classes a week for first- and second-year biology",
                  "Write risk assessments and safe work procedures",
                  "On the floor during pracs helping students with microscopes, pipetting and spill clean-up",
                  "Induct new casual demonstrators",
              ], kind="education"),
            E("Laboratory Technician", "Tasman Agricultural Research Station", "Gundaroo Flat NSW", "2016-03",
              "2020-12", cs="none", bullets=[
                  "Soil and plant tissue analysis (ICP-OES, CN analyser) for field trials",
                  "Sample tracking in LIMS; instrument maintenance",
              ]),
            E("Specimen Reception Assistant (casual)", "Banksia Pathology Services", "Port Wirra NSW", "2015-02",
              "2016-02", cs="affecting", bullets=[
                  "Booked in and labelled specimens, centrifuged and sorted them for the core lab",
                  "Sorted out labelling discrepancies with collection centres by phone",
              ]),
            E("Laboratory Demonstrator (casual)", "University of Banksia Coast", "Port Wirra NSW", "2013-03",
              "2014-11", section="other", bullets=[
                  "Demonstrated first-year chemistry pracs and marked lab reports",
              ], kind="education"),
        ]),
        ("Education", [
            ("d", "2016", "Certificate IV in Laboratory Techniques, TAFE NSW"),
            ("d", "2014", "Bachelor of Science (Hons), University of Banksia Coast"),
        ]),
        ("Licences & checks", [
            ("b", "Working with Children Check (current)"),
            ("b", "Provide First Aid, renewed March 2025"),
            ("b", "PC2 laboratory biosafety training, 2022"),
            ("b", "Dangerous goods awareness, 2019"),
        ]),
        ("Committees", [
            ("d", "2022 – Current", "School WHS Committee, staff representative"),
            ("d", "2023", "Teaching lab refurbishment working group"),
        ]),
        ("Skills", [
            "Practical class preparation · chemical inventory (ChemWatch) · autoclaves and fume cupboards · "
            "microscopy · LIMS · Excel",
        ]),
        ("Referees", [
            "Dr Kylie Norcott, Teaching Laboratories Manager, University of Banksia Coast – 02 5550 1187",
            "Mr Graham Lutz, Station Manager, Tasman Agricultural Research Station – 02 5550 6230",
        ]),
    ],
    glyph="–",
    o=dict(font="Helvetica", size=9, margin=42, colrule=True, footer="page {n}", nsize=20, colsplit=0.63,
           colbreak="Education",
           accent=(0.55, 0.25, 0.05), hcase="upper", dist="lead", contact_join=None),
))

# ------------------------------------------------------------------ w014
RES.append(R(
    "w014.html",
    "US public library assistant, résumé saved from Google Docs as HTML (class-named spans), MM/YYYY dates",
    "html", "gdocs", "title_org", "mm/yyyy", "present",
    "Destiny M. Farraday",
    ["Eastbrook, NJ 07019 · (973) 555-0136 · destiny.farraday@quillmail.net"],
    [
        ("Summary", [
            "Friendly, organized library worker with six years in public and academic libraries. Comfortable "
            "with busy desks, teens and technology questions.",
        ]),
        ("Work Experience", [
            E("Library Assistant III – Circulation", "Eastbrook Free Library", "Eastbrook, NJ", "2020-03",
              "present", bullets=[
                  "Check materials in and out, register new cardholders and collect fines at a busy urban branch",
                  "Answer phone and walk-up questions; place holds and inter-branch requests",
                  "Run the weekly teen gaming club",
              ], kind="in_person_service"),
            E("Library Page", "Eastbrook Free Library", "Eastbrook, NJ", "2018-06", "2020-02", cs="affecting",
              bullets=[
                  "Shelved returns, read shelves and shifted the adult nonfiction collection",
                  "Pulled holds lists before opening",
              ]),
            E("Interlibrary Loan Technician (part-time)", "Marlin Community College Library", "Marlin, NJ",
              "2016-09", "2018-05", cs="affecting", bullets=[
                  "Processed borrowing and lending requests in ILLiad; packed and shipped materials",
              ]),
            E("Cashier", "Penny Lane Variety", "Marlin, NJ", "2014", "2016", prec="year",
              kind="in_person_service"),
        ]),
        ("Education", [
            ("d", "expected 2027", "B.A. Library and Information Studies (online, part-time), Garden State "
                                   "Open University"),
            ("d", "2016", "A.A. Liberal Arts, Marlin Community College"),
        ]),
        ("Certifications", [
            ("d", "2022", "Library Support Staff Certification – Access Services and Technology competencies"),
        ]),
        ("Skills", [
            "Polaris ILS · ILLiad · Microsoft Office · Canva · Spanish (conversational) · cash handling",
        ]),
    ],
    o=dict(css="body{font-family:Arial;max-width:40em;margin:auto}.c2{font-weight:700}.c1{color:#333}"
               ".c3{color:#666;font-style:italic}h2{font-size:13pt;color:#1c4587}",
           doc_title="Resume"),
))

# ------------------------------------------------------------------ w015
RES.append(R(
    "w015.pdf",
    "UK museum visitor host and gallery attendant, fpdf2 with a shaded left sidebar (contact, skills, training with dates)",
    "fpdf", "sidebar", "title_org", "mon", "Present",
    "Jodie Ashworth",
    ["Harwick", "07700 900548", "jodie.ashworth@maildrop.co.uk"],
    [
        ("About me", [
            "Visitor-focused museum host with front-of-house experience in galleries, an arts centre and a "
            "heritage steamer. Happiest on the gallery floor explaining how things work.",
        ]),
        ("Experience", [
            E("Visitor Experience Host", "Harwick Museum of Science and Industry", "Harwick", "2021-04", "present",
              bullets=[
                  "Welcome visitors, sell tickets and memberships and run the cloakroom",
                  "Deliver live science demonstrations in the gallery and help with school groups",
                  "Deal with complaints and follow the lost-child procedure",
              ], kind="in_person_service"),
            E("Gallery Attendant (casual)", "Carrowmere Gallery", "Harwick", "2018-10", "2021-03", bullets=[
                "Invigilated exhibitions, answering visitor questions and keeping artworks safe",
                "Counted visitors and reported incidents",
            ], kind="in_person_service"),
            E("Exhibition Technician (freelance)", "Self-employed", None, "2017", "2019", prec="year",
              etype="freelance", cs="affecting", bullets=[
                  "Installed and de-installed exhibitions for small galleries: hanging, lighting, vinyl lettering",
              ]),
            E("Front of House Assistant", "Marrick Arts Centre", "Harwick", "2015-07", "2018-09", bullets=[
                "Box office and ushering; bar shifts during the interval",
            ], kind="in_person_service"),
            E("Volunteer Guide", "Paddle Steamer Clarabel Trust", "Harwick Quay", "2016-06", "2016-08",
              date="Summer 2016", section="volunteer", etype="volunteer", bullets=[
                  "Gave engine-room tours to day-trippers at weekends",
              ], kind="volunteering"),
        ]),
        ("Education", [
            ("d", "2018", "MA Museum Studies (part-time), University of Harwick"),
            ("d", "2015", "BA (Hons) Fine Art, Marrick School of Art"),
        ]),
    ],
    side=[
        ("Skills", ["Cash handling and EPOS", "Live demonstrations", "Conflict resolution", "BSL Level 2"]),
        ("Training", ["Dementia Friends (2022)", "Emergency First Aid at Work (2025)", "Autism awareness (2023)"]),
        ("Interests", ["Steam engines, printmaking, parkrun"]),
    ],
    glyph="›",
    o=dict(font="cond", size=9.5, sidew=60, sidefill=(236, 229, 215), accent=(120, 60, 20), rule=True,
           footer="Jodie Ashworth · CV · {n}/{N}", footer_align="right"),
))
