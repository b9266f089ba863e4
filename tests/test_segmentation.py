"""Entry extraction on the layouts the structure issue lists, one small résumé each."""

from __future__ import annotations

import pytest

from cxscore.document import Document
from cxscore.pipeline import analyze
from cxscore.reading import read_document
from cxscore.report import report_dict
from cxscore.sections import SectionKind, heading_kind, is_subheading, split_sections
from cxscore.segmentation import segment_entries

AS_OF = (2026, 11)


def entries(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    return [(e["title"], e["organization"], e["start"], e["end"]) for e in report["experiences"]]


def duty_counts(text: str) -> list[tuple[str | None, str | None, int]]:
    """Title, organisation and number of duties of each entry."""
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    return [(e["title"], e["organization"], len(e["bullets"])) for e in report["experiences"]]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("EXPERIENCE", SectionKind.EXPERIENCE),
        ("Work History:", SectionKind.EXPERIENCE),
        ("LABOR HISTORY", SectionKind.EXPERIENCE),
        ("Labour activity", SectionKind.EXPERIENCE),
        ("Other experiences", SectionKind.EXPERIENCE),
        ("2. Professional Experience", SectionKind.EXPERIENCE),
        ("Employment", SectionKind.EXPERIENCE),
        ("CAREER HISTORY", SectionKind.EXPERIENCE),
        ("Relevant Experience", SectionKind.EXPERIENCE),
        ("Volunteer Experience", SectionKind.VOLUNTEER),
        ("Community Involvement", SectionKind.VOLUNTEER),
        ("VOLUNTEERING", SectionKind.VOLUNTEER),
        ("SOCIAL SERVICE:", SectionKind.VOLUNTEER),
        ("Leadership & Activities", SectionKind.LEADERSHIP),
        ("Affiliations", SectionKind.LEADERSHIP),
        ("Military Service", SectionKind.MILITARY),
        ("İş Deneyimi / Work Experience", SectionKind.EXPERIENCE),
        ("Berufserfahrung / Work Experience", SectionKind.EXPERIENCE),
        ("Eğitim / Education", SectionKind.EDUCATION),
        ("Experiencia laboral", SectionKind.EXPERIENCE),
        ("Formação acadêmica", SectionKind.EDUCATION),
        ("Educación", SectionKind.EDUCATION),
        ("Referencias", SectionKind.REFERENCES),
        ("Perfil profesional", SectionKind.SUMMARY),
        ("Gerente de Cursos", None),
        ("Parcours professionnel", SectionKind.EXPERIENCE),
        ("Diplômes", SectionKind.EDUCATION),
        ("Esperienza professionale", SectionKind.EXPERIENCE),
        ("Esperienze lavorative", SectionKind.EXPERIENCE),
        ("Percorso professionale", SectionKind.EXPERIENCE),
        ("Berufliche Erfahrung", SectionKind.EXPERIENCE),
        ("Berufliche Tätigkeit", SectionKind.EXPERIENCE),
        ("Werkervaring", SectionKind.EXPERIENCE),
        ("Istruzione e formazione", SectionKind.EDUCATION),
        ("Capacità e competenze personali", SectionKind.SKILLS),
        ("Percurso profissional", SectionKind.EXPERIENCE),
        ("Extension Activities", SectionKind.LEADERSHIP),
        ("Histórico profissional", SectionKind.EXPERIENCE),
        ("Praktische Erfahrung", SectionKind.EXPERIENCE),
        ("BERUFLICHE STATIONEN", SectionKind.EXPERIENCE),
        ("Arbeitserfahrung", SectionKind.EXPERIENCE),
        ("Frühere Tätigkeiten", SectionKind.EXPERIENCE),
        ("Studium", SectionKind.EDUCATION),
        ("Bildungsweg", SectionKind.EDUCATION),
        ("Schule", SectionKind.EDUCATION),
        ("Qualifikationen", SectionKind.CERTIFICATIONS),
        ("Praktika", SectionKind.INTERNSHIPS),
        ("Military Police (31B)", None),
        ("Freelance / Side projects", None),
        ("What I've been doing", SectionKind.EXPERIENCE),
        ("Where I’ve worked", SectionKind.EXPERIENCE),
        ("What I've done so far in sales", None),
        ("Internships", SectionKind.INTERNSHIPS),
        ("Projects", SectionKind.PROJECTS),
        ("EDUCATION", SectionKind.EDUCATION),
        ("Skills", SectionKind.SKILLS),
        ("Certifications & Licenses", SectionKind.CERTIFICATIONS),
        ("Professional Summary", SectionKind.SUMMARY),
        ("Objective:", SectionKind.SUMMARY),
        ("Accomplishments", SectionKind.ACCOMPLISHMENTS),
        ("Languages", SectionKind.LANGUAGES),
        ("References", SectionKind.REFERENCES),
        ("E X P E R I E N C E", SectionKind.EXPERIENCE),
        ("W O R K  H I S T O R Y", SectionKind.EXPERIENCE),
        ("WHERE I'VE WORKED", SectionKind.EXPERIENCE),
        ("Teaching Experience", SectionKind.EXPERIENCE),
        ("School", SectionKind.EDUCATION),  # a school leaver's heading
        ("Cedar Bluff High School", None),  # a school's name
        # Nigerian and Ghanaian CVs list schools with their years under such headings
        ("EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES", SectionKind.EDUCATION),
        ("Schools Attended", SectionKind.EDUCATION),
        ("Work History with Dates", SectionKind.EXPERIENCE),
        ("Quals", SectionKind.SUMMARY),  # qualifications, as "Qualifications" is read
        ("ASSIGNMENTS (SELF-EMPLOYED)", SectionKind.EXPERIENCE),  # an interim's or a temp's
        ("Assignment", None),  # a table's column label
        ("Career Summary", SectionKind.SUMMARY),
        ("PUBLICATIONS", SectionKind.PUBLICATIONS),
        ("Conference Talks", SectionKind.PUBLICATIONS),
        ("Research Interests", SectionKind.PUBLICATIONS),
        ("Professional Development", SectionKind.EDUCATION),
        ("Additional Information", SectionKind.UNKNOWN),
        ("EDUCATION & CERTIFICATIONS", SectionKind.EDUCATION),
        ("OUTREACH AND PUBLIC ENGAGEMENT", SectionKind.VOLUNTEER),
        ("Skills and Interests", SectionKind.SKILLS),
        ("EDUCATIONAL QUALIFICATIONS", SectionKind.EDUCATION),
        ("Personal Data", SectionKind.CONTACT),
        ("DECLARATION", SectionKind.UNKNOWN),
        ("Other", SectionKind.UNKNOWN),
        ("Selected publications", SectionKind.PUBLICATIONS),
        ("Working life", SectionKind.EXPERIENCE),
        ("NON-EXECUTIVE & VOLUNTEER", SectionKind.VOLUNTEER),
        ("LEADERSHIP & VOLUNTEER", SectionKind.LEADERSHIP),
        ("Mentor & Volunteer", None),
        ("RESEARCH TECHNICIAN II", None),
        ("Key skills", SectionKind.SKILLS),
        ("Other duties", None),
        ("Certified Customer Experience Professional", None),
        ("Volunteer Coordinator", None),
        ("Customer Service Representative", None),
        ("Community radio", None),
        ("Managed the work schedule for 12 staff.", None),
        ("NATIONAL SERVICE", SectionKind.MILITARY),
        ("Service Record", SectionKind.MILITARY),
        ("SEA SERVICE RECORD", SectionKind.EXPERIENCE),
        ("Articleship", SectionKind.INTERNSHIPS),
        ("NYSC", SectionKind.INTERNSHIPS),
        ("Industrial Attachment", SectionKind.INTERNSHIPS),
        ("Clubs and Societies", SectionKind.LEADERSHIP),
        ("Stays Abroad", SectionKind.LEADERSHIP),
        ("Ski seasons", SectionKind.EXPERIENCE),
        ("Four seasons", None),
        ("WORK EXPERIENCE (TOTAL 9+ YEARS)", SectionKind.EXPERIENCE),
        ("WORK EXPERIENCE   (Total 14 years – 10 years in Saudi Arabia)", SectionKind.EXPERIENCE),
        ("Work Experience – 6 years", SectionKind.EXPERIENCE),
        ("PROFESSIONAL EXPERIENCE: 8+ years", SectionKind.EXPERIENCE),
        ("Cashier – 3 years", None),
        ("Volunteer Listener", None),  # a helpline's role, not a section
        ("Earlier career (1990 – 1998)", None),
        ("EXPERIENȚĂ PROFESIONALĂ", SectionKind.EXPERIENCE),
        ("İŞ DENEYİMİ", SectionKind.EXPERIENCE),
        ("Atividades:", None),
        ("WYKSZTAŁCENIE", SectionKind.EDUCATION),
        ("SPRACHEN", SectionKind.LANGUAGES),
        ("Ehrenamt", SectionKind.VOLUNTEER),
        ("Datos personales", SectionKind.CONTACT),
        ("Compétences", SectionKind.SKILLS),
        # a role in a subject, not the subject's section
        ("Senior Lecturer in Education", None),
        ("TEACHER OF PHYSICAL EDUCATION", None),
        ("Volunteering in the Community", SectionKind.VOLUNTEER),
    ],
)
def test_heading_kinds(line: str, kind: SectionKind | None) -> None:
    assert heading_kind(line) == kind


def test_a_bold_role_in_a_subject_is_no_heading() -> None:
    # An academic CV's role set in bold over its university, not an education section.
    assert heading_kind("Senior Lecturer in Education", styled=True) is None
    # Nor is a "Head of …" in a heading style over its dates and employer.
    assert heading_kind("Head of Customer Experience", styled=True) is None
    assert heading_kind("Customer Experience", styled=True) is SectionKind.EXPERIENCE


def test_title_company_on_one_line_with_dates_and_place() -> None:
    text = """Jordan Pike
EXPERIENCE
Shift Supervisor, Café Lumen — Leeds, UK    Jan 2019 – Present
• Ran the morning shift
Barista | Bean There | Manchester, UK | 2016 - 2018
• Made coffee for 300 customers a day
"""
    assert entries(text) == [
        ("Shift Supervisor", "Café Lumen", "2019-01", "present"),
        ("Barista", "Bean There", "2016", "2018"),
    ]


def test_date_line_before_title() -> None:
    text = """EXPERIENCE
2019 – 2021
Shift Supervisor | Café Lumen, Leeds
• Opened the store
2016 – 2018
Barista | Bean There, York
• Made coffee
"""
    assert entries(text) == [
        ("Shift Supervisor", "Café Lumen", "2019", "2021"),
        ("Barista", "Bean There", "2016", "2018"),
    ]


def test_organisation_then_title_then_date() -> None:
    text = """Work History
Harbour Inn
Front Desk Agent
March 2020 to Current
- Greeted guests and resolved booking problems
Corner Shop Ltd
Cashier
06/2017 - 02/2020
- Served customers at the till
"""
    assert entries(text) == [
        ("Front Desk Agent", "Harbour Inn", "2020-03", "present"),
        ("Cashier", "Corner Shop Ltd", "2017-06", "2020-02"),
    ]


def test_one_field_per_line_export() -> None:
    text = """Experience
Company Name
01/2015
to
03/2017
Customer Service Representative
Austin
,
TX
Answered 60 calls a day about billing questions and plan changes.
"""
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    [entry] = report["experiences"]
    assert entry["title"] == "Customer Service Representative"
    assert entry["organization"] is None  # a template placeholder, not an employer
    assert entry["location"] == "Austin, TX"
    assert (entry["start"], entry["end"], entry["months"]) == ("2015-01", "2017-03", 27)


def test_several_titles_at_one_employer() -> None:
    text = """PROFESSIONAL EXPERIENCE
Bright Mart, Austin, TX
Store Manager    2019 – Present
• Handled escalated customer complaints
Assistant Manager    2017 – 2019
• Scheduled 20 staff
"""
    assert entries(text) == [
        ("Store Manager", "Bright Mart", "2019", "present"),
        ("Assistant Manager", "Bright Mart", "2017", "2019"),
    ]


def test_undated_entries_are_kept_and_single_dates_cover_their_period() -> None:
    text = """Experience
Volunteer Tutor, Eastside Library
• Tutored children in reading
Cashier, Corner Shop, 2018
• Ran the till
"""
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    got = [(e["title"], e["date_precision"], e["months"]) for e in report["experiences"]]
    # One written year is a role within that year: 2018 – 2018, 12 months.
    assert got == [("Volunteer Tutor", "none", 0), ("Cashier", "year", 12)]
    assert any("undated" in w for w in report["warnings"])


def test_history_printed_twice_is_reported_once() -> None:
    block = """Cashier, Corner Shop    Jan 2018 – Dec 2019
• Served customers
"""
    text = "EXPERIENCE\n" + block + "\nWORK HISTORY\n" + block
    assert entries(text) == [("Cashier", "Corner Shop", "2018-01", "2019-12")]


def test_bullet_mentioning_another_job_is_not_an_entry() -> None:
    text = """EXPERIENCE
Store Manager, Bright Mart    2019 – Present
• Promoted from Cashier (2016 – 2018) after two years on the tills
• Handled customer complaints
"""
    assert entries(text) == [("Store Manager", "Bright Mart", "2019", "present")]


def test_volunteer_section_and_employment_types() -> None:
    text = """WORK EXPERIENCE
Freelance Web Designer, Self-employed    2020 – Present
• Met clients to agree on designs
Marketing Intern, Blue Co.    Summer 2019
VOLUNTEER EXPERIENCE
Shelter Volunteer, Hope House    2017 – 2019
• Served meals to guests
"""
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    got = [(e["title"], e["section"], e["employment_type"]) for e in report["experiences"]]
    assert got == [
        ("Freelance Web Designer", "work", "freelance"),
        ("Marketing Intern", "work", "internship"),
        ("Shelter Volunteer", "volunteer", "volunteer"),
    ]


def test_overlapping_jobs_are_not_double_counted() -> None:
    text = """EXPERIENCE
Barista, Bean There    Jan 2019 – Dec 2019
Tutor, Learning Hub    Jun 2019 – Jun 2020
"""
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    assert [e["months"] for e in report["experiences"]] == [12, 13]
    assert report["summary"]["total_months"] == 18


def test_gaps_of_three_months_or_more_are_reported() -> None:
    text = """EXPERIENCE
Barista, Bean There    Jan 2019 – Mar 2019
Tutor, Learning Hub    Aug 2019 – Dec 2019
"""
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    assert report["summary"]["gaps"] == [{"start": "2019-04", "end": "2019-07", "months": 4}]


def test_entry_span_covers_its_text() -> None:
    text = """EXPERIENCE
Barista, Bean There    Jan 2019 – Mar 2019
• Made coffee
"""
    report = analyze(text.encode(), as_of=AS_OF)
    [entry] = report.entries
    covered = entry.span.slice(report.document.text)
    assert covered.startswith("Barista, Bean There") and covered.endswith("Made coffee")


def test_european_month_dot_year_ranges() -> None:
    text = "EXPERIENCE\nBarista, Bean There    06.2019 - 08.2020\n• Served 3.2019 customers\n"
    assert entries(text) == [("Barista", "Bean There", "2019-06", "2020-08")]


def test_subheadings_inside_a_job_stay_in_it() -> None:
    text = """EXPERIENCE
Store Manager, Bright Mart    2019 – Present
Responsibilities:
• Handled customer complaints
Key achievements:
• Raised NPS by 12 points
Cashier, Corner Shop    2016 – 2019
• Served customers
ACCOMPLISHMENTS
Employee of the month, 2018
"""
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    got = [(e["title"], len(e["bullets"])) for e in report["experiences"]]
    assert got == [("Store Manager", 2), ("Cashier", 1)]


def test_linkedin_style_tenure_is_not_a_field() -> None:
    text = """Experience
Brightside Retail
2 years 4 months
Store Supervisor
January 2019 - February 2021 (2 years 2 months)
Sales Assistant
November 2018 - December 2018 (2 months)
"""
    assert entries(text) == [
        ("Store Supervisor", "Brightside Retail", "2019-01", "2021-02"),
        ("Sales Assistant", "Brightside Retail", "2018-11", "2018-12"),
    ]


def test_one_line_header_of_two_capitalised_fields_is_a_role_not_a_place() -> None:
    text = """Volunteering
Befriender, Age UK Manchester, 2016 - 2019
Visited an isolated older man weekly for conversation and shopping trips.

Cashier, Tesco, 2015 - 2016
Served customers.
"""
    assert entries(text) == [
        ("Befriender", "Age UK Manchester", "2016", "2019"),
        ("Cashier", "Tesco", "2015", "2016"),
    ]


def test_publications_are_not_entries() -> None:
    text = """Research Positions
Research Assistant, Greenlake Chemicals Ltd, 2016–2017
  Ran HPLC analyses for process development.
PUBLICATIONS
Whitfield A., et al. (2022) Journal of Catalysis 405, 1-12.
"""
    assert entries(text) == [("Research Assistant", "Greenlake Chemicals Ltd", "2016", "2017")]


def test_europass_full_dates_and_pipes() -> None:
    text = """WORK EXPERIENCE
01/09/2019 – Present
Customer Service Adviser
Brightwater Energy, Bristol (United Kingdom)
- Handling inbound calls from customers about bills
15/06/2016 – 31/08/2019
Warehouse Operative
Kestrel Logistics, Poznań (Poland)
- Picking and packing orders

Team Leader – Customer Contact | Yorkshire Water | Sep-19 – Present
"""
    assert entries(text) == [
        ("Customer Service Adviser", "Brightwater Energy", "2019-09", "present"),
        ("Warehouse Operative", "Kestrel Logistics", "2016-06", "2019-08"),
        ("Team Leader – Customer Contact", "Yorkshire Water", "2019-09", "present"),
    ]


def test_employer_line_with_its_overall_span_heads_the_titles_below() -> None:
    text = """PROFESSIONAL EXPERIENCE
HARBOURSIDE HOTELS GROUP — Bristol                 2014 – 2022
Night Manager                                      2018 – 2022
  * Dealt with late check-ins and guest complaints
Night Porter                                       2014 – 2018
  * Carried luggage and answered the phone after midnight
CITY TRANSPORT DEPOT                               2011 – 2014
Bus Cleaner
  * Cleaned and refuelled buses overnight
"""
    assert entries(text) == [
        ("Night Manager", "HARBOURSIDE HOTELS GROUP", "2018", "2022"),
        ("Night Porter", "HARBOURSIDE HOTELS GROUP", "2014", "2018"),
        ("Bus Cleaner", "CITY TRANSPORT DEPOT", "2011", "2014"),
    ]


def test_a_role_before_a_promotion_is_not_taken_for_an_employer() -> None:
    text = """Experience
Barista, Costa Coffee, 2015 - 2020
Shift Lead, 2017 - 2020
"""
    assert entries(text)[0] == ("Barista", "Costa Coffee", "2015", "2020")


def test_labelled_fields_name_the_title_and_the_employer() -> None:
    text = """WORK EXPERIENCE
03.2021 – present   Maple Crown Hotel, Toronto, ON
Position: Hotel Receptionist
Responsibilities:
• Welcoming guests and making the check-in and check-out
2012 – 2019   SC Dunărea Construct SRL, Galați, Romania
Position: Accountant
• Keeping the accounting records
Organisation : Konkan Telecom Services Ltd., Mumbai
Designation : Customer Relationship Executive
Duration : Aug 2017 – Jun 2019
• Handling inbound customer calls
"""
    assert entries(text) == [
        ("Hotel Receptionist", "Maple Crown Hotel", "2021-03", "present"),
        ("Accountant", "SC Dunărea Construct SRL", "2012", "2019"),
        (
            "Customer Relationship Executive",
            "Konkan Telecom Services Ltd.",
            "2017-08",
            "2019-06",
        ),
    ]


def test_leadership_titles_with_of_and_column_gaps() -> None:
    text = """LEADERSHIP
Huron Valley Investment Club      Ann Arbor, MI
Vice President of Finance      Jan 2024 – Present
• Manage the club's student-run portfolio
Huron Valley University      Ann Arbor, MI
Orientation Leader      Summer 2024
• Guided groups of incoming students through orientation
Employee of the Month, Campus Threads (May 2023)
"""
    assert entries(text) == [
        ("Vice President of Finance", "Huron Valley Investment Club", "2024-01", "present"),
        ("Orientation Leader", "Huron Valley University", "2024-06", "2024-08"),
    ]


def test_a_table_header_row_is_not_a_role() -> None:
    text = """Work history
When | Role | Company | Where
2023-05 – now | Social Media Support Specialist | Pixelnest Games | Remote
2022-01 – 2023-04 | Community Moderator | Pixelnest Games | Remote
"""
    assert entries(text) == [
        ("Social Media Support Specialist", "Pixelnest Games", "2023-05", "present"),
        ("Community Moderator", "Pixelnest Games", "2022-01", "2023-04"),
    ]


def test_headers_written_as_sentences() -> None:
    text = """Experience

Reference Librarian. Green Mountain Public Library, Burlington,
Vermont. 2018 to present.
I staff the reference desk four days a week, helping patrons with their questions.

Archivist. Champlain Valley Historical Society, Shelburne, Vermont.
2013 to 2018.
Processed and catalogued family papers and business records.
"""
    assert entries(text) == [
        ("Reference Librarian", "Green Mountain Public Library", "2018", "present"),
        ("Archivist", "Champlain Valley Historical Society", "2013", "2018"),
    ]


def test_a_duty_cut_off_mid_phrase_goes_on_in_the_next_line() -> None:
    text = """Experience
Front Desk Officer, Island Breeze Resort   April 2017 – May 2019
• Checked in international guests and handled guest requests at a
120-room resort
Barista, Bean There   2015 – 2017
• Made coffee for 300 customers a day
"""
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    assert [e["title"] for e in report["experiences"]] == ["Front Desk Officer", "Barista"]
    assert report["experiences"][0]["bullets"][-1].endswith("at a 120-room resort")


def test_linkedin_export_locations_and_dated_sentences_are_not_roles() -> None:
    text = """Experience
Summit Peak Software
4 years 8 months
Senior Account Manager
January 2024 - Present (2 years 11 months)
Denver, Colorado, United States
Run quarterly business reviews with customer executives.
Account Manager
April 2022 - December 2023 (1 year 9 months)
Denver, Colorado, United States
Owned renewals for 120 SMB customers. 104% net revenue retention in 2023.
Redline Office Supply
Inside Sales Representative
June 2019 - March 2022 (2 years 10 months)
Aurora, Colorado, United States
"""
    assert entries(text) == [
        ("Senior Account Manager", "Summit Peak Software", "2024-01", "present"),
        ("Account Manager", "Summit Peak Software", "2022-04", "2023-12"),
        ("Inside Sales Representative", "Redline Office Supply", "2019-06", "2022-03"),
    ]


def test_a_section_of_bullets_each_naming_a_dated_role() -> None:
    text = """Extracurricular Activities
• Treasurer, Hillview Chess Club (Sept. 2023 – Present): Managed the club's annual budget
• Peer Mentor, Engineering Peer Mentoring Program (Aug. 2024 – May 2025): Met 12 students
• Dean's List every semester
"""
    document = read_document(text.encode())
    found = segment_entries(document, as_of=AS_OF)
    assert [(e.title, e.organization) for e in found] == [
        ("Treasurer", "Hillview Chess Club"),
        ("Peer Mentor", "Engineering Peer Mentoring Program"),
    ]
    assert found[0].bullets == ("Managed the club's annual budget",)
    assert found[0].bullet_spans[0].slice(document.text) == "Managed the club's annual budget"
    assert (found[1].dates.start.iso(), found[1].dates.end.iso()) == ("2024-08", "2025-05")


def test_decorated_headings_and_labelled_roles_with_duties_subheading() -> None:
    text = """*** WORK EXPERIENCE ***
Organisation : Harbour Credit Union, Kochi
Designation  : Member Services Officer
Duration     : 01-Aug-2021 to till date
Roles & Responsibilities:
  * Opened accounts for walk-in members
  * Answered members' questions about loans
=== EDUCATION ===
B.Com - Sacred Heart College - 2016 to 2019 - 71%
--- PERSONAL DATA ---
Nationality : Indian
Marital Status : Single
"""
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    got = [
        (e["title"], e["organization"], e["start"], e["end"], len(e["bullets"]))
        for e in report["experiences"]
    ]
    assert got == [("Member Services Officer", "Harbour Credit Union", "2021-08", "present", 2)]


@pytest.mark.parametrize(
    ("header", "title", "org"),
    [
        # A typed double hyphen separates fields like a dash.
        (
            "Warehouse Associate -- Keystone Foods, Reading, PA",
            "Warehouse Associate",
            "Keystone Foods",
        ),
        # A pipe already parts title from employer: the comma stays in the title.
        (
            "Team Lead, Customer Care | Brightwave Insurance Ltd",
            "Team Lead, Customer Care",
            "Brightwave Insurance Ltd",
        ),
        # The head noun of "X of Y" names the role, whichever side it is on.
        (
            "Campus Student Union — Vice President of Student Affairs",
            "Vice President of Student Affairs",
            "Campus Student Union",
        ),
        (
            "Supply Specialist, Sergeant | 3rd Support Battalion",
            "Supply Specialist, Sergeant",
            "3rd Support Battalion",
        ),
    ],
)
def test_header_field_separators(header: str, title: str, org: str) -> None:
    text = f"EXPERIENCE\n{header}\n2019 – 2021\n• Handled orders\n"
    assert entries(text) == [(title, org, "2019", "2021")]


@pytest.mark.parametrize(
    ("lines", "title", "org"),
    [
        (
            ["Staff Nurse – Cardiac Ward", "St Columba General Hospital"],
            "Staff Nurse – Cardiac Ward",
            "St Columba General Hospital",
        ),
        (
            ["Working student – Quality assurance", "Nordlicht Software GmbH, Kassel"],
            "Working student – Quality assurance",
            "Nordlicht Software GmbH",
        ),
        (
            ["Account Manager, Key Accounts", "Bluefield Packaging Ltd"],
            "Account Manager, Key Accounts",
            "Bluefield Packaging Ltd",
        ),
        # The employer on the title's line is no qualifier.
        (["Cashier – Pennywise Grocers", "Leeds, England"], "Cashier", "Pennywise Grocers"),
    ],
)
def test_qualifier_joined_to_title_when_employer_is_below(
    lines: list[str], title: str, org: str
) -> None:
    text = "EXPERIENCE\n" + "\n".join(lines) + "\nMar 2020 – Jun 2022\n• Served people\n"
    assert entries(text) == [(title, org, "2020-03", "2022-06")]


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("Riverside Road Surgery, Bristol", "Riverside Road Surgery"),
        ("Pueblo Supermart, Mandaue City", "Pueblo Supermart"),
        ("FIRST HARBOR BANK Raleigh, NC", "FIRST HARBOR BANK"),
        (
            "Northway Benefits Office\n1200 Commerce Plaza, Dover, DE 19901",
            "Northway Benefits Office",
        ),
    ],
)
def test_employer_beside_its_town_or_street(line: str, org: str) -> None:
    text = f"EXPERIENCE\nReceptionist\n{line}\nJul 2018 – Feb 2019\n• Greeted patients\n"
    assert entries(text) == [("Receptionist", org, "2018-07", "2019-02")]


def test_federal_resume_fields_are_neither_headers_nor_duties() -> None:
    text = """Work Experience
CLAIMS ASSISTANT
Veterans Records Office, Department of Public Services
77 Harbor Street, Baltimore, MD 21202
03/2019 – Present
Hours per week: 40
Series/Grade: GS-0998-07
Supervisor: Dana Whit, (410) 555-0188; may contact: Yes
Duties, Accomplishments and Related Skills:
Answer calls from claimants about the status of their claims and explain next steps.

PROGRAM ASSISTANT
Regional Records Administration
4205 Archive Road, Suitland, MD 20746
10/2016 – 02/2019
Salary: $48,000 per year
Duties, Accomplishments and Related Skills:
Prepared case files for release to requesters.
"""
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    got = [(e["title"], e["start"], e["end"], e["bullets"]) for e in report["experiences"]]
    assert got == [
        (
            "CLAIMS ASSISTANT",
            "2019-03",
            "present",
            [
                "Answer calls from claimants about the status of their claims and explain next"
                " steps."
            ],
        ),
        (
            "PROGRAM ASSISTANT",
            "2016-10",
            "2019-02",
            ["Prepared case files for release to requesters."],
        ),
    ]


def test_timeline_range_broken_over_lines_keeps_its_end() -> None:
    text = """Career History
Head of Year and Maths Teacher
2019
– now Oakfield Academy · Stockport
• Teach maths to KS3 classes
Teaching Assistant
2014
– 2016 Brook Lane Primary School · Manchester
• Supported reading groups
"""
    got = [(t, s, e) for t, _, s, e in entries(text)]
    assert got == [
        ("Head of Year and Maths Teacher", "2019", "present"),
        ("Teaching Assistant", "2014", "2016"),
    ]


def test_dated_achievement_line_is_a_duty() -> None:
    text = """EXPERIENCE
Customer Relationship Executive, Konark Telecom Ltd    Aug 2017 – Jun 2019
Handling inbound customer calls regarding billing and network complaints
Achieved 92% first-call resolution and was rated best agent of the floor in Dec 2018
"""
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    assert [(e["title"], len(e["bullets"])) for e in report["experiences"]] == [
        ("Customer Relationship Executive", 2)
    ]


@pytest.mark.parametrize(
    ("line", "org", "location"),
    [
        ("Dish Washer, Brightway Supermarket, Swindon", "Brightway Supermarket", "Swindon"),
        # a town whose name has small words in it
        (
            "Dish Washer\nEnergía Clara Comercial, Villalba del Río",
            "Energía Clara Comercial",
            "Villalba del Río",
        ),
        (
            "Dish Washer | Harborview Oyster House (Cambridge)",
            "Harborview Oyster House",
            "Cambridge",
        ),
        (
            "Dish Washer | Lakeshore Dental Group (Toronto, ON)",
            "Lakeshore Dental Group",
            "Toronto, ON",
        ),
        # A designed template's slash before the town, and its logo's initials before the name
        (
            "Dish Washer\nFenwick & Rowe Kitchens / Harrogate",
            "Fenwick & Rowe Kitchens",
            "Harrogate",
        ),
        ("Dish Washer\nMT Marlow Tavern — Atlanta, GA", "Marlow Tavern", "Atlanta, GA"),
        (
            "Dish Washer\nKSB Kettle & Spoon Bistro / Harrogate",
            "Kettle & Spoon Bistro",
            "Harrogate",
        ),
    ],
)
def test_town_after_employer_is_the_location(line: str, org: str, location: str) -> None:
    report = report_dict(analyze(f"EXPERIENCE\n{line}\n2019 – 2021\n".encode(), as_of=AS_OF))
    got = [(e["organization"], e["location"]) for e in report["experiences"]]
    assert got == [(org, location)]


@pytest.mark.parametrize(
    ("line", "org", "location"),
    [
        # A PDF column gap lost between employer and town.
        ("Cobaltline Systems Seattle, WA", "Cobaltline Systems", "Seattle, WA"),
        (
            "Institute for Marine Ecology, Firth University Edinburgh, UK",
            "Institute for Marine Ecology, Firth University",
            "Edinburgh, UK",
        ),
        (
            "Harbour Hotel Group, Salt Lake City, Utah",
            "Harbour Hotel Group",
            "Salt Lake City, Utah",
        ),
    ],
)
def test_employer_line_above_title(line: str, org: str, location: str) -> None:
    text = f"EXPERIENCE\n{line}\nAnalyst    Oct 2023 – present\n• Modelled data\n"
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    got = [(e["title"], e["organization"], e["location"]) for e in report["experiences"]]
    assert got == [("Analyst", org, location)]


def test_foreign_headings_and_employer_on_the_title_line_with_town_below() -> None:
    text = """WERKERVARING
Product Owner — Fietsfabriek Digital B.V. | 2022-05 t/m heden
Utrecht
• Own the backlog of the rental app
BIJBAAN
Medewerker bediening (waitress) — Café De Zevende Hemel | 2012 t/m 2016
Utrecht
OPLEIDING
MSc Communication Science — Universiteit van Amsterdam (2016)
"""
    assert entries(text) == [
        ("Product Owner", "Fietsfabriek Digital B.V.", "2022-05", "present"),
        ("Medewerker bediening (waitress)", "Café De Zevende Hemel", "2012", "2016"),
    ]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["CORPS MEMBER (NYSC) – ECONOMICS TEACHER", "Government Secondary School, Kubwa"],
            "CORPS MEMBER (NYSC) – ECONOMICS TEACHER",
        ),
        (
            ["Erasmus+ Traineeship — Export Department", "Ceramiche Rossi S.p.A., Modena (Italy)"],
            "Erasmus+ Traineeship — Export Department",
        ),
        (
            [
                "Working student (Werkstudent) in Production Planning",
                "Kessler Teile AG, Ingolstadt",
            ],
            "Working student (Werkstudent) in Production Planning",
        ),
    ],
)
def test_whole_title_line_over_its_employer(lines: list[str], title: str) -> None:
    text = "EXPERIENCE\n08/2018 – 07/2019\n" + "\n".join(lines) + "\n• Taught pupils\n"
    assert [t for t, _, _, _ in entries(text)] == [title]


def test_role_right_under_its_heading_and_role_with_a_note() -> None:
    text = """Voluntary Work
Volunteer
Braunstone Community Food Bank, Leicester
January 2021 – Present
• Sorted donations and greeted clients
COMMUNITY
2021 to 2024
Treasurer (volunteer)
Moncton Downtown Business Association
• Kept the association's books
LEARNERSHIPS
Company   : Siyakhula Skills Academy (Durban)
Position : Learner – NQF 2 Contact Centre Operations
Period   : March 2019 - November 2019
Duties :
• Simulated calls
"""
    got = [(t, o) for t, o, _, _ in entries(text)]
    assert got == [
        ("Volunteer", "Braunstone Community Food Bank"),
        ("Treasurer (volunteer)", "Moncton Downtown Business Association"),
        ("Learner – NQF 2 Contact Centre Operations", "Siyakhula Skills Academy"),
    ]


def test_icon_heading_prose_statements_and_supervision_lists() -> None:
    text = """ANA LIMA
• KITCHEN EXPERIENCE
Sous Chef 03.2018 – 09.2021
Vineyard Terrace Hotel, Stellenbosch
• Ran the hot line during service
Teaching Statement
My teaching is field-based and I redesigned two modules. Student evaluation
scores for my modules averaged 4.5/5 over 2023–2025.
PhD and Postdoc Supervision
2024– A. Mensah (PhD, co-supervisor, 50%)
2020–2022 R. Holm (PhD, lab co-supervision, Uppsala)
SKILLS
• TEAM LEADERSHIP
• MENU COSTING
"""
    got = [(t, o) for t, o, _, _ in entries(text)]
    assert got == [("Sous Chef", "Vineyard Terrace Hotel")]


def test_roles_under_a_dated_military_employer_line() -> None:
    text = """Military Experience
U.S. ARMY — Fort Liberty, NC  (2014 – 2022)
  Supply Sergeant (92Y), E-5 | Fort Liberty, NC | 03/2018 - 12/2022
    * Ordered parts and supplies for 180 soldiers
  Unit Supply Specialist, E-3/E-4 | Camp Humphreys, Korea | 01/2014 - 02/2018
    * Issued and received equipment
"""
    assert entries(text) == [
        ("Supply Sergeant (92Y), E-5", "U.S. ARMY", "2018-03", "2022-12"),
        ("Unit Supply Specialist, E-3/E-4", "U.S. ARMY", "2014-01", "2018-02"),
    ]


def test_promotions_under_an_employer_line_with_its_towns() -> None:
    text = """WORK EXPERIENCE
Astra Global Outsourcing Inc. – Eastwood City, Quezon City
Quality Analyst
March 2023 – Present
• Audit voice calls against the client scorecard
Team Leader – Telco Account
January 2021 – February 2023
• Took escalations from irate customers
Customer Service Representative
June 2018 – December 2020
• Answered inbound billing calls
"""
    got = [(t, o) for t, o, _, _ in entries(text)]
    assert got == [
        ("Quality Analyst", "Astra Global Outsourcing Inc."),
        ("Team Leader – Telco Account", "Astra Global Outsourcing Inc."),
        ("Customer Service Representative", "Astra Global Outsourcing Inc."),
    ]


def test_job_titles_in_capitals_under_their_dates_are_not_headings() -> None:
    text = (
        "Noor Haddad\n\nEXPERIENCE\n2025-01 – Present\nLIBRARY ASSISTANT (PART-TIME)\n"
        "Strathclyde University Library\n• Help students find books at the help desk\n\n"
        "LEADERSHIP\n2025-09 – Present\nPRESIDENT\nStrathclyde Biology Society\n"
        "• Organise talks for 140 members\n"
    )
    assert entries(text) == [
        ("LIBRARY ASSISTANT (PART-TIME)", "Strathclyde University Library", "2025-01", "present"),
        ("PRESIDENT", "Strathclyde Biology Society", "2025-09", "present"),
    ]


def test_dated_award_lines_stay_with_the_job_above() -> None:
    text = (
        "Jo Bloggs\n\nEXPERIENCE\nSales Associate, Redline Office Supply, Denver, CO\n"
        "Jan 2019 – Present\n• Served walk-in customers\nQ1 2021 Employee of the Quarter\n"
        "March 2020 Employee of the Month\n\n"
        "Cashier, Corner Shop\nQ2 2017 – Q4 2018\n• Ran the till\n"
    )
    assert entries(text) == [
        ("Sales Associate", "Redline Office Supply", "2019-01", "present"),
        ("Cashier", "Corner Shop", "2017-04", "2018-12"),
    ]


def test_company_suffix_with_dots_is_no_sentence_end() -> None:
    text = (
        "PROFESSIONAL EXPERIENCE\n04/2021 – Present\n"
        "Support Executive — Northwind Telecom Services Pvt. Ltd.\nBengaluru\n"
        "• Handling inbound calls from postpaid customers\n\n07/2018 – 03/2021\n"
        "Process Associate — Veridian Sdn. Bhd.\nChennai\n• Processing claim forms\n"
    )
    assert entries(text) == [
        ("Support Executive", "Northwind Telecom Services Pvt. Ltd.", "2021-04", "present"),
        ("Process Associate", "Veridian Sdn. Bhd.", "2018-07", "2021-03"),
    ]


def test_department_in_an_employer_line_names_no_role() -> None:
    text = (
        "Teaching Experience\n\nMathematics Teacher\n\n"
        "Merri Creek Secondary College — Brunswick VIC | Jan '21 — Now\n\n"
        "• Teach Years 7–10 Mathematics\n\nCasual Relief Teacher\n\n"
        "Northern Region Relief Pool (Department of Education) — Melbourne | Feb '19 — Dec '20\n\n"
        "• Covered classes across 14 schools\n"
    )
    assert [(t, s, e) for t, _, s, e in entries(text)] == [
        ("Mathematics Teacher", "2021-01", "present"),
        ("Casual Relief Teacher", "2019-02", "2020-12"),
    ]


def test_icon_headings_after_a_jobs_last_bullet() -> None:
    text = """TAN WEI LING
• WORKING EXPERIENCE
Senior Sales Executive Jul 2022 – Present
Perdana Industrial Supplies Sdn. Bhd. — Shah Alam
• Handle key accounts and visit clients
• EDUCATION
2015 - 2018 Bachelor of Business Administration (Hons), Universiti Tunku Abdul Rahman
• SKILLS
• TEAM LEADERSHIP
• KEY ACCOUNTS
"""
    got = [(t, o, s, e) for t, o, s, e in entries(text)]
    assert got == [
        ("Senior Sales Executive", "Perdana Industrial Supplies Sdn. Bhd.", "2022-07", "present")
    ]


def test_initials_ending_an_employer_and_a_town_on_its_own_line() -> None:
    text = (
        "Professional Experience\n"
        "Support Analyst (Analista de Suporte Pl.), Pagaí Pagamentos S.A.\nSão Paulo\n"
        "Mar 2022 – Present\n• Answered merchants via chat, e-mail and WhatsApp\n"
    )
    assert entries(text) == [
        ("Support Analyst (Analista de Suporte Pl.)", "Pagaí Pagamentos S.A.", "2022-03", "present")
    ]


def test_comma_inside_a_title_field_parted_from_the_employer_by_a_dot_or_dash() -> None:
    text = (
        "Leadership Experience\n\n"
        "Vice President, Customer Experience · Ridgeway Home Services\nAtlanta, GA · 2015 – 2019\n"
        "  - Led 650-person contact centre\n\n"
        "Freelance Translator (EN>PT), Self-employed — remote\n2016 – 2021\n"
        "  - Translated manuals for agencies\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Vice President, Customer Experience", "Ridgeway Home Services"),
        ("Freelance Translator (EN>PT)", "Self-employed"),
    ]


def test_title_company_and_place_after_a_date_column() -> None:
    text = (
        "WORK EXPERIENCE\n\nMar 2022 – present    Technical Support Representative, "
        "Visayas Global Contact Solutions Inc., Cebu IT Park\n  * Handles inbound calls\n"
    )
    assert entries(text) == [
        (
            "Technical Support Representative",
            "Visayas Global Contact Solutions Inc.",
            "2022-03",
            "present",
        )
    ]


def test_plain_memberships_are_not_roles() -> None:
    text = (
        "Experience\nSept 2021 – Present   Senior Physiotherapist, Liffey Sports Clinic\n"
        "• Treat 12 patients a day\n\nProfessional Memberships\n"
        "• Member, Chartered Physiotherapy Society of Ireland (since 2018)\n"
        "• Board Member, Dublin Parkrun Association (2019 – 2022)\n"
    )
    assert [t for t, _, _, _ in entries(text)] == ["Senior Physiotherapist", "Board Member"]


def test_an_employer_and_its_town_in_brackets_after_the_title() -> None:
    text = (
        "LABOR HISTORY\n\n2019-2020: Barista (Café La Esquina de Palermo, CABA)\n"
        "• Made coffee\n\n2017-2018: Shelf Stocker (Repositor) (Autoservicio Los Hermanos, "
        "Avellaneda)\n• Restocked shelves\n\n2015-2016: Babysitter (Lake Ardis, MN)\n"
        "• Cared for two children\n\n2014-2015: Sales Assistant (part-time, weekends)\n"
        "• Sold shoes\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Barista", "Café La Esquina de Palermo"),
        ("Shelf Stocker (Repositor)", "Autoservicio Los Hermanos"),
        ("Babysitter", None),
        ("Sales Assistant (part-time, weekends)", None),
    ]


def test_a_town_with_an_accented_capital_is_a_place() -> None:
    text = (
        "WORK EXPERIENCES\n\nCustomer Representative\nMarmara Doğalgaz Dağıtım A.Ş., İstanbul\n"
        "• Meeting subscribers\n\n2021/09 – Continuing\n\nLibrarian\nBiblioteka Miejska, Łódź\n"
        "• Lent books\n\n2018/02 – 2021/08\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Customer Representative", "Marmara Doğalgaz Dağıtım A.Ş."),
        ("Librarian", "Biblioteka Miejska"),
    ]


def test_an_employer_line_over_its_roles_names_the_employer_first() -> None:
    # Two fields of capitalised words on the employer's line: the name, then its town.
    text = (
        "Work History\n\nOrbitel Mobile — Penrith NSW\nStore Manager   May 2022 – Current\n"
        "• Handle escalated complaints\nRetail Consultant   Nov 2019 – Apr 2022\n• Sold plans\n"
        "Lumina Land Developers — Cebu City\nSales Admin Assistant   Aug 2018 – Oct 2019\n"
        "• Prepared reservation papers\n"
        "Math Learning Center, Bay State University\nPeer Tutor   Sep 2015 – May 2018\n"
        "• Tutored calculus\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Store Manager", "Orbitel Mobile"),
        ("Retail Consultant", "Orbitel Mobile"),
        ("Sales Admin Assistant", "Lumina Land Developers"),
        ("Peer Tutor", "Bay State University"),
    ]


def test_lower_case_words_among_capitalised_fields_name_no_employer() -> None:
    text = (
        "WORK EXPERIENCE\n\nSeasonal worker – strawberry picking – Aardbeienteelt Van Dijk, "
        "Breda (Netherlands)  (summer 2017)\n• Picking and packing\n\n"
        "Expo Vojvodina, Novi Sad    05/2014\nHostess at agricultural fair\n"
        "- Welcoming visitors at the stand\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Seasonal worker – strawberry picking", "Aardbeienteelt Van Dijk"),
        ("Hostess", "Expo Vojvodina"),
    ]


def test_a_member_named_after_the_body_is_no_role() -> None:
    text = (
        "EXPERIENCE\nPlanner, Swan Council   2019 – Present\n• Assessed applications\n\n"
        "MEMBERSHIPS\nPlanning Institute member.\n\nLaw Society member\n\n"
        "Board Member, Swan Youth Trust\n"
    )
    assert [t for t, _, _, _ in entries(text)] == ["Planner", "Board Member"]


def test_europass_business_or_sector_line_is_neither_header_nor_duty() -> None:
    text = (
        "Work Experience\nPennine Mutual Bank\nLeeds (United Kingdom)\nSenior Customer Adviser\n"
        "Business or sector Financial and insurance activities\n01/10/2020 – Present\n"
        "• Advising customers in branch about current accounts\nCustomer Adviser\n"
        "Business or sector Financial and insurance activities\n01/09/2018 – 30/09/2020\n"
        "• Serving of customers at the counter\n"
    )
    assert entries(text) == [
        ("Senior Customer Adviser", "Pennine Mutual Bank", "2020-10", "present"),
        ("Customer Adviser", "Pennine Mutual Bank", "2018-09", "2020-09"),
    ]


def test_date_leading_the_title_line_starts_each_entry() -> None:
    text = (
        "PROFESSIONAL EXPERIENCE\n2016.05 – 2021.02   Sous Chef\nRistorante Il Portico, Modena\n"
        "• Ran the pasta section\n2014.04 – 2016.04   Chef de Partie\n"
        "Hotel Bellavista Terme, Abano Terme\n2012 – 2014   Kitchen Porter / Commis\n"
        "Trattoria da Gino, Bologna\n• Washing-up, veg prep\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Sous Chef", "Ristorante Il Portico"),
        ("Chef de Partie", "Hotel Bellavista Terme"),
        ("Kitchen Porter / Commis", "Trattoria da Gino"),
    ]


def test_bracketed_note_after_a_title_and_table_labelled_fields() -> None:
    text = (
        "EXPERIENCE\nGULF CONTINENTAL FINANCE — Sharjah\nCredit Analyst (Jun 2015 – May 2016)\n"
        "• Prepared credit memos\nTrade Finance Officer (Back Office) (Sep 2014 – May 2015)\n"
        "• Checked documents under import LCs\n"
    )
    assert [t for t, _, _, _ in entries(text)] == [
        "Credit Analyst",
        "Trade Finance Officer (Back Office)",
    ]
    table = (
        "WORKING EXPERIENCE\nPosition | Warehouse Supervisor\n\n"
        "Employer | Adom Supermarkets Ltd\n\n"
        "Location | Kumasi\n\nPeriod | February 2022 – Present\n\nDuties\nSupervise 8 loaders\n"
    )
    assert entries(table) == [
        ("Warehouse Supervisor", "Adom Supermarkets Ltd", "2022-02", "present")
    ]


def test_a_header_in_words_over_its_dates_and_a_bracketed_title_in_bold() -> None:
    text = (
        "EXPERIENCE\nPersonal Care Assistant at Lakeview Lodge Aged Care, Ballarat\n"
        "(Feb 2016 to Jun 2021)\n\nFull-time carer for my mother\n(2012 to 2015)\n"
        "+ Looked after Mum at home through her illness\n"
    )
    assert [(t, s, e) for t, _, s, e in entries(text)] == [
        ("Personal Care Assistant", "2016-02", "2021-06"),
        ("Full-time carer for my mother", "2012", "2015"),
    ]


def test_bold_title_with_a_section_word_and_a_note_inside_a_work_section() -> None:
    from cxscore.document import Document, Format, Span

    text = (
        "PROFESSIONAL EXPERIENCE\nSite Engineer\nIbadan Homes Ltd | Ibadan\n"
        "Feb. 2016 - Aug. 2020\n• Supervised construction\nIndustrial Training (SIWES)\n"
        "Oyo State Ministry of Works | Ibadan\nJun. 2013 - Dec. 2013\n• Assisted with soil tests\n"
    )
    bold = text.index("Industrial")
    document = Document(
        source="cv.pdf",
        format=Format.PDF,
        text=text,
        pages=(Span(0, len(text)),),
        heading_lines=(Span(bold, bold + len("Industrial Training (SIWES)")),),
        headers=(),
        footers=(),
    )
    got = [(e.title, e.organization) for e in segment_entries(document, as_of=AS_OF)]
    assert got == [
        ("Site Engineer", "Ibadan Homes Ltd"),
        ("Industrial Training (SIWES)", "Oyo State Ministry of Works"),
    ]


def test_duties_after_a_table_of_roles_go_back_to_the_role_they_name() -> None:
    text = (
        "Jomo Kariuki\n\nWORK HISTORY\n\n"
        "Role | Employer | When\n"
        "Courier | Swift Parcels | Jan 2019 - Aug 2020\n"
        "Bank Teller | Equity Savings | Mar 2017 - Dec 2018\n\n"
        "Courier — Collected parcels at the depot and kept the delivery log.\n\n"
        "Bank Teller: Served account holders at the counter; balanced the till.\n\n"
        "Member of the branch social committee.\n"
    )
    document = read_document(text.encode())
    found = segment_entries(document, as_of=AS_OF)
    assert [(e.title, e.bullets) for e in found] == [
        ("Courier", ("Collected parcels at the depot and kept the delivery log.",)),
        (
            "Bank Teller",
            (
                "Served account holders at the counter; balanced the till.",
                "Member of the branch social committee.",
            ),
        ),
    ]
    for entry in found:
        for bullet, span in zip(entry.bullets, entry.bullet_spans, strict=True):
            assert span.slice(document.text) == bullet


@pytest.mark.parametrize(
    "line",
    [
        "Job Responsibilities:",
        "Daily duties",
        "Job Description:",
        "Role Description:",
        "Key achievements",
        "Duties/Responsibilities:",
        "Tasks / Achievements",
        "Roles:",
    ],
)
def test_labels_inside_a_job_are_not_sections(line: str) -> None:
    assert is_subheading(line)


def test_dated_roles_before_the_first_heading_are_roles() -> None:
    """Roles under a field's name no heading rule knows ("Production"), before the work
    headings that are read, are not lost with the name and contact lines above them; a note
    in brackets after a role's dates does not hide them."""
    text = (
        "Rhian Evans\nCaerwen • 07833 102 664 • rhian@mailbox.co.uk\n"
        "Event production coordinator for outdoor festivals.\nProduction\n"
        "Production Coordinator   04/2022 – Present\n• Advance suppliers and crew schedules\n"
        "Festival Site Crew   04/2019 – 09/2019 (seasonal)\nGreenfield Event Structures Ltd\n"
        "• Stage and fencing build at six summer festivals\n\nOther Work\n"
        "Box Office Assistant   09/2017 – 03/2020\nCaerwen Arts Centre\n• Ticket sales\n"
    )
    found = segment_entries(read_document(text.encode()), as_of=AS_OF)
    assert [(e.title, e.dates and e.dates.start.iso()) for e in found] == [
        ("Production Coordinator", "2022-04"),
        ("Festival Site Crew", "2019-04"),
        ("Box Office Assistant", "2017-09"),
    ]


def test_dated_roles_under_a_heading_no_rule_knows_are_roles() -> None:
    """A designer's own business under "STUDIO:", before the work heading that is read; an
    employer and the work mode on one line ("Fiverr, Remote") are an employer and a place."""
    text = (
        "Roz Beckett\nroz@mailbox.art\n\nSKILLS\nGouache, ink\n\nSTUDIO:\n\n"
        "Illustrator & Shop Owner   Jan 2020 – Present\nMoth & Marigold Studio, Asheville, NC\n"
        "• Sell prints and cards on Etsy\nFreelance Illustrator   2018 – 2020\nFiverr, Remote\n"
        "• Completed 140+ orders\n\nOTHER EXPERIENCE\nArt Instructor   Sep 2017 – Jun 2020\n"
        "Paintbox Art Center\n• Taught printmaking\n"
    )
    found = segment_entries(read_document(text.encode()), as_of=AS_OF)
    assert [(e.title, e.organization, e.location) for e in found] == [
        ("Illustrator & Shop Owner", "Moth & Marigold Studio", "Asheville, NC"),
        ("Freelance Illustrator", "Fiverr", "Remote"),
        ("Art Instructor", "Paintbox Art Center", None),
    ]


def test_an_undated_headline_in_the_opening_block_is_no_role() -> None:
    text = (
        "Roz Beckett\nIllustrator & maker\n\nIllustrator & Shop Owner   Jan 2020 – Present\n"
        "Moth & Marigold Studio\n• Sell prints and cards on Etsy\n"
        "Freelance Illustrator   2018 – 2020\nFiverr\n• Completed 140+ orders\n\n"
        "OTHER EXPERIENCE\nArt Instructor   Sep 2017 – Jun 2020\nPaintbox Art Center\n"
    )
    found = segment_entries(read_document(text.encode()), as_of=AS_OF)
    assert [e.title for e in found] == [
        "Illustrator & Shop Owner",
        "Freelance Illustrator",
        "Art Instructor",
    ]


def test_place_of_work_labels_name_the_employer() -> None:
    """West African and South Asian CVs label each field of a role; the label is no part of
    the employer's name."""
    text = (
        "WORKING EXPERIENCE\n\n"
        "Place of Work: Royal Diadem College, Oke-Ayo\nPosition Held: Vice Principal\n"
        "Duration: Sept. 2019 to date\nDuties:\n➢ Supervision of lesson notes\n\n"
        "Name of Organisation: Crestfield Bank Plc\nPosition Occupied: Cash Officer\n"
        "Period of Employment: 08/2020 – 02/2022\n"
    )
    found = segment_entries(read_document(text.encode()), as_of=AS_OF)
    assert [(e.title, e.organization) for e in found] == [
        ("Vice Principal", "Royal Diadem College"),
        ("Cash Officer", "Crestfield Bank Plc"),
    ]
    dates = found[1].dates
    assert dates is not None
    assert (dates.start.iso(), dates.end.iso()) == ("2020-08", "2022-02")


def test_a_label_after_its_translation_still_names_its_field() -> None:
    # Bilingual CVs print each label in both languages: "Stanowisko / Position: …".
    text = (
        "Doświadczenie / Experience:\n"
        "Stanowisko / Position: Kasjerka (Cashier)\n"
        "Pracodawca / Employer: Sklep Pod Dębem sp.j.\n"
        "Okres / Period: 06.2016 - 02.2018\n"
        "- Served customers at the till\n\n"
        "Funktion / Role: Verkäuferin\nFirma / Company: Bäckerei Lindner\n"
        "Zeitraum / Period: 03.2018 - 05.2020\n"
    )
    assert entries(text) == [
        ("Kasjerka (Cashier)", "Sklep Pod Dębem sp.j.", "2016-06", "2018-02"),
        ("Verkäuferin", "Bäckerei Lindner", "2018-03", "2020-05"),
    ]


def test_a_civil_servants_posting_and_its_schedule_of_duties() -> None:
    # Ghanaian public-service CVs: "Institution:", "Station:" and a bold "Schedule of duties:".
    text = (
        "## Work Experience\n\n### Position: Client Service Unit Officer\n"
        "*Institution: Ministry of Local Government, Regional Office*\n*Station: Sunyani*\n"
        "*Duration: March 2022 – Present*\n\n**Schedule of duties:**\n\n"
        "- Handle walk-in enquiries from the public\n\n"
        "### Position: Protocol Officer\n*Institution: Bono Regional Coordinating Council*\n"
        "*Station: Sunyani*\n*Duration: August 2019 – February 2022*\n\n"
        "**Schedule of duties:**\n\n- Received visiting delegations\n"
    )
    document = read_document(text.encode(), name="cv.md")
    found = segment_entries(document, as_of=AS_OF)
    assert [(e.title, e.organization, e.location, len(e.bullets)) for e in found] == [
        (
            "Client Service Unit Officer",
            "Ministry of Local Government, Regional Office",
            "Sunyani",
            1,
        ),
        ("Protocol Officer", "Bono Regional Coordinating Council", "Sunyani", 1),
    ]


def test_a_bold_title_with_a_note_under_its_dates_is_no_heading() -> None:
    # Dates first, then the title in bold: "Apprenticeship (…)" names the role, not a section.
    text = (
        "## Berufserfahrung\n\n08.2018 – 12.2021\n\n**Customer Service Advisor**\n\n"
        "Bank Seeland AG, Biel\n\n- Inbound calls about cards\n\n08.2015 – 07.2018\n\n"
        "**Commercial Apprenticeship (KV-Lehre)**\n\nGemeindeverwaltung Oberlindach\n\n"
        "- Residents' registration counter\n"
    )
    document = read_document(text.encode(), name="cv.md")
    found = segment_entries(document, as_of=AS_OF)
    assert [(e.title, e.dates.start.iso() if e.dates else None) for e in found] == [
        ("Customer Service Advisor", "2018-08"),
        ("Commercial Apprenticeship (KV-Lehre)", "2015-08"),
    ]


def test_gig_work_titles_head_roles() -> None:
    text = (
        "Experience\n\n2022-08 to Now: Streamer (Twitch Affiliate)\n\n"
        "• Stream speedruns three nights a week\n\n2021-01 to 2022-06: Dasher\n\n"
        "• Delivered orders across Greenfield\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Streamer (Twitch Affiliate)", None),
        ("Dasher", None),
    ]


def test_numbered_duties_are_bullets() -> None:
    text = (
        "PROFESSIONAL EXPERIENCE\n\n"
        "Designation : Cash Officer\nOrganisation : Crescent Bank Ltd\n"
        "Duration : 03/2017 to 12/2021\nJob Responsibilities:\n"
        "1) Cash deposit and withdrawal of walk-in customers\n"
        "2) Attending customer queries at the counter regarding accounts and\nATM cards\n\n"
        "Teller, Union Savings (2015 - 2017)\n"
        "1. Balanced the till\n(2) Opened accounts\n\n"
        "3. Position: Clerk\nCompany: Union Savings\nPeriod: 2013 - 2015\n"
        "Tasks:   Filed loan papers; answered the phone.\n"
    )
    document = read_document(text.encode())
    found = segment_entries(document, as_of=AS_OF)
    assert [e.bullets for e in found] == [
        (
            "Cash deposit and withdrawal of walk-in customers",
            "Attending customer queries at the counter regarding accounts and ATM cards",
        ),
        ("Balanced the till", "Opened accounts"),
        ("Filed loan papers; answered the phone.",),
    ]
    assert found[2].bullet_spans[0].slice(document.text) == found[2].bullets[0]
    assert [(e.title, e.organization) for e in found][2] == ("Clerk", "Union Savings")
    assert found[0].bullet_spans[0].slice(document.text) == found[0].bullets[0]


def test_numbered_roles_with_dates_stay_roles() -> None:
    text = (
        "EXPERIENCE\n"
        "1. Customer Service Agent, Bluewave Telecom (2019 - 2021)\n"
        "- Answered billing calls\n"
        "2. Cashier, Corner Mart (2017 - 2019)\n"
        "- Ran the till\n"
    )
    assert [t for t, *_ in entries(text)] == ["Customer Service Agent", "Cashier"]


def test_bullets_that_open_with_dates_head_the_duties_below() -> None:
    text = (
        "Experience\n\n"
        "• 2022.04 – now · Owner & Head Barista, Café Salt (Busan)\n"
        "Run a 24-seat café: bar service, menu and suppliers.\n"
        "• 2014.03 – 2020.06 · Flight Attendant, Hanbit Air\n"
        "In-flight service and safety demos on domestic routes.\n"
        "• 2019 – 2020: Led the cabin-crew union's survey\n"
    )
    assert entries(text) == [
        ("Owner & Head Barista", "Café Salt", "2022-04", "present"),
        ("Flight Attendant", "Hanbit Air", "2014-03", "2020-06"),
    ]


def test_roles_listed_with_dates_then_detailed_below_are_one_role_each() -> None:
    text = (
        "Kemar Whitfield\n\nWork History\n\n"
        "When | Role | Where\n"
        "2021 – Now | Excursion Guide | Blue Hole Adventures Ltd, Ocho Rios\n"
        "Nov '16 – Dec '20 | Bartender | Sandcastle Cove Resort, Negril\n\n"
        "Excursion Guide · Blue Hole Adventures Ltd\n\n"
        "• Lead river-tubing trips for cruise groups of up to 25\n\n"
        "Bartender · Sandcastle Cove Resort\n\n"
        "• Swim-up bar, 300+ guests a day in high season\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    assert [(e["title"], e["start"], e["bullets"]) for e in report["experiences"]] == [
        ("Excursion Guide", "2021", ["Lead river-tubing trips for cruise groups of up to 25"]),
        ("Bartender", "2016-11", ["Swim-up bar, 300+ guests a day in high season"]),
    ]


def test_a_bracketed_note_does_not_make_an_employer_too_long_to_be_a_field() -> None:
    text = (
        "Gwen Pritchard\n\nVolunteering\n\n"
        "Volunteer Guide, Rheidol Valley Narrow Gauge Trust (Devil's Bridge line), 2019 – present\n"
        "I meet visitors off the train and walk groups through the engine shed.\n"
    )
    assert entries(text) == [
        (
            "Volunteer Guide",
            "Rheidol Valley Narrow Gauge Trust (Devil's Bridge line)",
            "2019",
            "present",
        )
    ]


def test_a_history_typed_into_an_email_ends_at_its_sign_off() -> None:
    text = (
        "My work experience (newest first):\n\n"
        "1. QC Inspector - Thinh Garment Co., Ltd. (Binh Duong), 08/2016 to 05/2021\n"
        "+ Checked stitching before packing\n\n"
        "Best regards,\nLan\n\n"
        "On Tue, 10 Nov 2026 at 15:02, Hoa Tran <hoa@staffing.example> wrote:\n"
        "> please send your work history for the Customer Service Staff position.\n"
        "> Kind regards, Hoa - Recruitment Consultant\n"
    )
    assert [t for t, *_ in entries(text)] == ["QC Inspector"]


def test_older_europass_form_with_the_employer_after_the_duties() -> None:
    text = (
        "Work experience\n"
        "Dates 01/09/2019 – Present\n"
        "Occupation or position held Pharmacist\n"
        "Main activities and - Dispensing prescriptions; medication reviews for patients\n"
        "responsibilities on 5+ medicines\n"
        "• Vaccination service since 2023\n"
        "Name and address of employer Farmacia Verde\n"
        "Type of business or sector Community pharmacy\n"
        "Dates 03/10/2016 – 30/08/2019\n"
        "Occupation or position held Clinical Trial Assistant\n"
        "Main activities and responsibilities Maintained the trial master file\n"
        "Name and address of employer Transilvania Clinical Research SRL\n"
        "Type of business or sector Contract research organisation\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    assert [
        (e["title"], e["organization"], e["start"], e["end"], e["bullets"])
        for e in report["experiences"]
    ] == [
        (
            "Pharmacist",
            "Farmacia Verde",
            "2019-09",
            "present",
            [
                "Dispensing prescriptions; medication reviews for patients on 5+ medicines",
                "Vaccination service since 2023",
            ],
        ),
        (
            "Clinical Trial Assistant",
            "Transilvania Clinical Research SRL",
            "2016-10",
            "2019-08",
            ["Maintained the trial master file"],
        ),
    ]


def test_a_dash_after_the_dates_parts_a_bulleted_role_from_its_duty() -> None:
    text = (
        "Outreach and service\n\n"
        "• Presenter, Ciencia en la Plaza, Valparaíso (2017–present) — Monthly science stand\n"
        "• Speaker, Coastal Schools Week (2015 – 2016) — Talks to pupils on kelp forests\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    assert [(e["title"], e["organization"], e["bullets"]) for e in report["experiences"]] == [
        ("Presenter", "Ciencia en la Plaza", ["Monthly science stand"]),
        ("Speaker", "Coastal Schools Week", ["Talks to pupils on kelp forests"]),
    ]


def test_a_bracketed_note_in_a_title_qualifier_names_no_employer() -> None:
    text = (
        "EXPERIENCE\n"
        "2021.03 — now Team Leader, Customer Care (French market)\n"
        "Atlas Contact Services, Rabat\n"
        "• Coach 14 advisers on a French telecom account\n"
    )
    assert entries(text) == [
        (
            "Team Leader, Customer Care (French market)",
            "Atlas Contact Services",
            "2021-03",
            "present",
        )
    ]


def test_an_employer_heading_with_a_line_on_what_it_does_heads_its_roles() -> None:
    text = (
        "WORK EXPERIENCE\n"
        "Export Order Coordinator   (05.2017 – 01.2021)\n"
        "• Entered export orders in SAP\n"
        "KORFEZ LOJISTIK LTD.\n"
        "Izmir – freight forwarding and customs brokerage\n"
        "Customs Documentation Officer   (09.2014 – 04.2017)\n"
        "• Prepared export declarations for client shipments\n"
        "Intern   (06.2013 – 08.2013)\n"
        "• Filing and data entry\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Export Order Coordinator", None),
        ("Customs Documentation Officer", "KORFEZ LOJISTIK LTD."),
        ("Intern", "KORFEZ LOJISTIK LTD."),
    ]


def test_an_employer_named_like_a_section_over_its_tenure_is_no_heading() -> None:
    text = (
        "Experience\n\n"
        "Kitepath Technologies\n6 yrs 11 mos\nBengaluru, Karnataka, India\n\n"
        "Product Manager, Payments\nApr 2023 - Present · 3 yrs 8 mos\n"
        "Own the UPI autopay roadmap\n\n"
        "Customer Support Specialist\nJan 2020 - Jun 2021 · 1 yr 6 mos\n"
        "Resolved merchant payment queries over phone and email\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Product Manager, Payments", "Kitepath Technologies"),
        ("Customer Support Specialist", "Kitepath Technologies"),
    ]


def test_a_town_and_state_without_a_comma_is_a_place_not_part_of_the_title() -> None:
    text = (
        "EMPLOYMENT\n"
        "O'Connell Plumbing & Gas   7/2005 – 1/2020\n"
        "Owner / Licensed Plumber — Redcliffe QLD\n"
        "• Dealt directly with homeowners and builders\n"
    )
    assert entries(text) == [
        ("Owner / Licensed Plumber", "O'Connell Plumbing & Gas", "2005-07", "2020-01")
    ]


def test_an_employer_with_a_company_word_before_its_country_is_no_place() -> None:
    text = (
        "WORK EXPERIENCE\n"
        "Meridian Straits Logistics Pte Ltd, Singapore   Jun 2016 – Present\n"
        "Customer Operations Manager   Apr 2022 – Present\n"
        "• Attend monthly service reviews with clients\n"
        "Warehouse Supervisor   Jun 2016 – Mar 2022\n"
        "• Supervised a night-shift pick/pack team of 25\n"
        "Call Centre Agent | Umhlanga Mutual Insurance | Durban   2012 – 2016\n"
        "• Registered new claims from policyholders over the phone\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Customer Operations Manager", "Meridian Straits Logistics Pte Ltd"),
        ("Warehouse Supervisor", "Meridian Straits Logistics Pte Ltd"),
        ("Call Centre Agent", "Umhlanga Mutual Insurance"),
    ]


def test_a_duties_row_of_a_two_column_table_is_a_duty_even_with_a_year() -> None:
    text = (
        "EXPERIENCE\n\n"
        "Position | Telemarketing Operator\n\nEmployer | Conecta Contact Center\n\n"
        "Period | 01/2016 – 12/2018\n\n"
        "Duties | Outbound sales calls for a broadband provider; 118% of target in 2018\n\n"
        "Position | Store Promoter\n\nEmployer | Farmacias Bem Viver\n\n"
        "Period | 11/2014 – 01/2015\n\nDuties | Offered fragrance samples to shoppers\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    assert [(e["title"], e["bullets"]) for e in report["experiences"]] == [
        (
            "Telemarketing Operator",
            ["Outbound sales calls for a broadband provider; 118% of target in 2018"],
        ),
        ("Store Promoter", ["Offered fragrance samples to shoppers"]),
    ]


def test_a_career_break_is_one_title_with_no_employer() -> None:
    text = (
        "EXPERIENCE\n"
        "Municipal Clerk   January 2023 to present\n"
        "Ville de Sherbrooke — Sherbrooke, QC\n"
        "• Front counter for residents\n"
        "Career break – parental   June 2018 to December 2022\n"
        "• Full-time parent to two children\n"
        "Career break – full-time carer for my father   2016 to 2018\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Municipal Clerk", "Ville de Sherbrooke"),
        ("Career break – parental", None),
        ("Career break – full-time carer for my father", None),
    ]


def test_a_short_sentence_straight_under_a_duty_sentence_is_a_duty() -> None:
    text = (
        "Experience\n"
        "Redline Office Supply\nInside Sales Representative\n"
        "June 2019 - March 2022 (2 years 10 months)\n"
        "Outbound and inbound sales to small businesses by phone and email.\n"
        "Top rep in Q3 2021.\n"
        "Front Range Tutoring\nMath Tutor\nSeptember 2016 - May 2019\n"
        "Tutored high-school students in algebra.\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    assert [(e["title"], len(e["bullets"])) for e in report["experiences"]] == [
        ("Inside Sales Representative", 2),
        ("Math Tutor", 1),
    ]


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        (
            "Summer Vacation Student – Hydraulics – Brisbane River Engineering Pty Ltd",
            "Summer Vacation Student – Hydraulics",
            "Brisbane River Engineering Pty Ltd",
        ),
        (
            "Call Centre Agent, Claims Line | Umhlanga Mutual Insurance | Durban",
            "Call Centre Agent, Claims Line",
            "Umhlanga Mutual Insurance",
        ),
        # A name that is no English word may be the employer: the title stays as it is.
        ("Cashier - Shoprite - Umlazi Mega City Mall", "Cashier", None),
        (
            "Registered Nurse – Medical/Surgical Unit — Bayou Crest Medical Center (Houston, TX)",
            "Registered Nurse – Medical/Surgical Unit",
            "Bayou Crest Medical Center",
        ),
        (
            "Shelter Volunteer – Evening Intake, Main Street Hope Shelter, Winnipeg, MB",
            "Shelter Volunteer – Evening Intake",
            "Main Street Hope Shelter",
        ),
    ],
)
def test_a_field_between_title_and_employer_narrows_the_title_when_made_of_words(
    line: str, title: str, employer: str | None
) -> None:
    text = f"EXPERIENCE\n{line}\nMarch 2018 – May 2022\n• Served customers\n"
    [(found_title, found_employer, *_)] = entries(text)
    assert found_title == title
    assert employer is None or found_employer == employer


def test_au_pair_is_a_title() -> None:
    text = (
        "Work experience\n"
        "Au Pair (gap year) – Host family, Freiburg\nFreiburg, Germany | Jan – Dec 2022\n"
        "• Looked after two children aged 4 and 7\n"
    )
    assert [t for t, *_ in entries(text)] == ["Au Pair (gap year)"]


def test_a_town_and_region_after_a_dash_do_not_keep_a_comma_in_the_title() -> None:
    text = (
        "EXPERIENCE\n"
        "Waitress (seasonal), Taverna Kalamitsi Sands — Sithonia, Halkidiki   2013 – 2014\n"
        "• Served tables on the beach terrace\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Waitress (seasonal)", "Taverna Kalamitsi Sands")
    ]


def test_a_dated_achievement_in_a_list_of_bullets_is_no_role() -> None:
    text = (
        "Key Achievements\n\n"
        "- Won the company's largest-ever contract, a 5-year $22M MRO agreement with a "
        "regional aerospace manufacturer (2022)\n"
        "- Designed the sales onboarding program now used company-wide\n\n"
        "Volunteer Experience\n\n"
        "- Volunteer Tax Preparer, North Texas Free Tax Help (2015 – 2019)\n"
    )
    assert [t for t, *_ in entries(text)] == ["Volunteer Tax Preparer"]


def test_a_bracketed_supervisor_line_is_paperwork() -> None:
    text = (
        "RESEARCH EXPERIENCE\n"
        "Graduate Research Assistant – University of Eastmoor (2016 to 2021)\n"
        "  o  Synthesis and characterisation of porous coordination polymers\n"
        "     (supervisor: Prof. L. Amadi)\n\n"
        "Teaching Assistant – University of Eastmoor (2017 to 2021)\n"
        "• Led weekly laboratory sections\n"
    )
    assert [t for t, *_ in entries(text)] == ["Graduate Research Assistant", "Teaching Assistant"]


def test_a_grade_after_the_title_and_a_squad_as_employer() -> None:
    text = (
        "RESEARCH EXPERIENCE\n"
        "Research Technician II\nWhitlock Institute for Genomic Medicine, Cambridge, MA\n"
        "2021 - Present\n• Run library preps for three labs\n\n"
        "VOLUNTEER\n"
        "Chesapeake Bay Volunteer Rescue Squad — Volunteer EMT   2021 - Present\n"
        "• Respond to medical calls two nights a month\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Research Technician II", "Whitlock Institute for Genomic Medicine"),
        ("Volunteer EMT", "Chesapeake Bay Volunteer Rescue Squad"),
    ]


def test_crew_titles_under_an_employer_heading() -> None:
    text = (
        "Career\n"
        "Langkasuka Airways, Sepang\nCabin Crew Trainer\nMar 2022 – present\n"
        "• Deliver safety training to new crew\n"
        "Jun 2017 – Feb 2022 Senior Cabin Crew\n• Led cabin service on long-haul flights\n"
        "Jan 2014 – May 2017 Cabin Crew\n• Safety demonstrations and meal service\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Cabin Crew Trainer", "Langkasuka Airways"),
        ("Senior Cabin Crew", "Langkasuka Airways"),
        ("Cabin Crew", "Langkasuka Airways"),
    ]


def test_an_employer_name_wrapped_in_a_narrow_column_is_rejoined() -> None:
    text = (
        "WORK EXPERIENCE\n"
        "Sep 2021 – Present English Teacher, Saigon Lotus Language\n"
        "Centre, Da Nang\n• Teach six classes of young learners\n"
        "Part-time Translator, Ben Thanh Translation\n2017 – 2018\n"
        "• Translated product manuals\n"
    )
    assert [t for t, *_ in entries(text)] == ["English Teacher", "Part-time Translator"]
    assert entries(text)[0][1].startswith("Saigon Lotus Language Centre")


def test_federal_resume_paperwork_and_field_labels_around_the_dates() -> None:
    text = (
        "WORK EXPERIENCE\n"
        "Robins Regional Distribution Depot, Warner Robins, GA\n"
        "05/2021 – Present · Hours per week: 40 · Salary: $71,420 per year\n"
        "Logistics Management Specialist, GS-0346-11\n"
        "Work Schedule: Full-time\n"
        "• Manage inventory positioning for 14,000 line items\n\n"
        "Hidrotec Bombas Industriais Ltda.\n"
        "Position: Sales Engineer · Period: 03/2021 – present\n"
        "• Visit clients' plants to size pump systems\n"
    )
    found = entries(text)
    assert [(t, o) for t, o, *_ in found] == [
        ("Logistics Management Specialist", "Robins Regional Distribution Depot"),
        ("Sales Engineer", "Hidrotec Bombas Industriais Ltda."),
    ]
    first = report_dict(analyze(text.encode(), as_of=AS_OF))["experiences"][0]
    assert first["bullets"] == ["Manage inventory positioning for 14,000 line items"]


def test_a_role_printed_twice_keeps_the_duties_of_the_copy_that_has_them() -> None:
    text = (
        "Experience\n\n"
        "2023-05 – now | Social Media Support Specialist | Pixelnest Games | Remote\n"
        "2022-01 – 2023-04 | Community Moderator | Pixelnest Games | Remote\n\n"
        "Social Media Support Specialist · Pixelnest Games (2023-05 – now)\n\n"
        "• Answer player questions in DMs on X and Discord\n\n"
        "Community Moderator · Pixelnest Games (2022-01 – 2023-04)\n\n"
        "• Moderated a 60k-member Discord\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    assert [(e["title"], e["bullets"]) for e in report["experiences"]] == [
        ("Social Media Support Specialist", ["Answer player questions in DMs on X and Discord"]),
        ("Community Moderator", ["Moderated a 60k-member Discord"]),
    ]


def test_one_line_roles_keep_their_dates_after_a_wrapped_location() -> None:
    cv = (
        "Dana Reyes\nWORK HISTORY\n"
        "Chat Support Agent, Lumo Warranty,   Jun 2026 – Present\nRemote\n"
        "Front Desk Coordinator, Cactus Dental, Tucson, AZ   2019 – 2025\n"
        "Bookkeeper, Finch Gardens LLC, Tucson, AZ   2008 – 2019\n"
        "Bank Teller, Desert Credit Union, Tucson, AZ   2003 – 2006\n"
        "EDUCATION\nAssociate of Applied Science\n"
    )
    assert entries(cv) == [
        ("Chat Support Agent", "Lumo Warranty", "2026-06", "present"),
        ("Front Desk Coordinator", "Cactus Dental", "2019", "2025"),
        ("Bookkeeper", "Finch Gardens LLC", "2008", "2019"),
        ("Bank Teller", "Desert Credit Union", "2003", "2006"),
    ]


def test_a_contract_length_in_brackets_leaves_the_title_whole() -> None:
    cv = (
        "Dana Reyes\nEXPERIENCE\n"
        "Chat Support Agent (Contract, 6 months), Lumo Warranty   Jun 2025 – Nov 2025\n"
        "• Answered customers by live chat\n"
    )
    assert entries(cv) == [("Chat Support Agent (Contract)", "Lumo Warranty", "2025-06", "2025-11")]


def test_a_bulleted_employer_line_over_a_designation_heads_its_role() -> None:
    cv = (
        "Aniket Rao\nPROFESSIONAL EXPERIENCE\n"
        "• Cloudwise Technologies Pvt. Ltd., Pune   (April 2023 – Till date)\n"
        "Designation: Technical Support Engineer (L2)\n"
        "Roles & Responsibilities:\n"
        "• Handling escalated tickets from enterprise customers by email\n"
        "• Vyom Solutions Pvt. Ltd., Pune   (July 2020 – March 2023)\n"
        "Designation: Software Developer\n"
        "Roles & Responsibilities:\n"
        "• Developed REST APIs for the order module\n"
        "• Maintained the release notes (since 2021)\n"
    )
    assert entries(cv) == [
        (
            "Technical Support Engineer (L2)",
            "Cloudwise Technologies Pvt. Ltd.",
            "2023-04",
            "present",
        ),
        ("Software Developer", "Vyom Solutions Pvt. Ltd.", "2020-07", "2023-03"),
    ]


def test_an_empty_experience_section_gives_no_entries() -> None:
    assert entries("Dana Reyes\nEXPERIENCE\nEDUCATION\nBA History, 2019\n") == []


def test_a_setting_word_before_the_role_noun_leaves_the_title_a_title() -> None:
    cv = (
        "Jo Ashby\nWORK HISTORY\n"
        "Riverside Hospitals NHS Trust, Leicester   01/2022 – Present\n"
        "Healthcare Assistant\n"
        "• Personal care and observations for 8 patients\n"
        "The Lace Market Tavern, Nottingham   Sep 2018 – Mar 2022\n"
        "Bar Staff (weekends)\n"
        "• Weekend bar shifts; cellar changes and cash-up\n"
        "EDUCATION\nGCSEs\n"
    )
    assert entries(cv) == [
        ("Healthcare Assistant", "Riverside Hospitals NHS Trust", "2022-01", "present"),
        ("Bar Staff (weekends)", "The Lace Market Tavern", "2018-09", "2022-03"),
    ]


def test_an_employer_wrapped_before_its_legal_form_is_rejoined() -> None:
    cv = (
        "Kasia Nowak\nExperience\n"
        "Mar 2023–present Customer Support Specialist (Polish markets), Lumenvale\n"
        "Software Ltd., Dublin.\n"
        "• First-line support by chat, e-mail and phone\n"
        "Apr 2016–Mar 2018 Laboratory Technician, Quality Control\n"
        "Ravensberg Pharma GmbH\n"
        "• HPLC testing of tablet batches before release\n"
    )
    assert [(title, org) for title, org, _, _ in entries(cv)] == [
        ("Customer Support Specialist (Polish markets)", "Lumenvale Software Ltd."),
        ("Laboratory Technician, Quality Control", "Ravensberg Pharma GmbH"),
    ]


def test_job_terms_and_linkedin_skills_lines_are_neither_employer_nor_title() -> None:
    cv = (
        "Dana Whit\nExperience\n"
        "Northwind Home & Living\nFull-time · 6 yrs 2 mos\n"
        "Store Manager\nMar 2019 - Dec 2022 · 3 yrs 10 mos\n"
        "Ran a home-furnishings store and took the escalated customer issues myself.\n"
        "Skills: Retail Operations · Team Leadership\n\n"
        "Stockroom Associate\nPart-time\nAug 2013 - May 2014 · 10 mos\n"
        "Processed incoming shipments in the stockroom.\n"
    )
    assert [(t, o) for t, o, _, _ in entries(cv)] == [
        ("Store Manager", "Northwind Home & Living"),
        ("Stockroom Associate", "Northwind Home & Living"),
    ]


def test_europass_employer_name_is_parted_from_its_address() -> None:
    text = (
        "Work experience\n"
        "Dates | March 2021 – August 2021\n"
        "Occupation or position held | Kitchen Porter\n"
        "Main activities and responsibilities | Washing pots and dishes; receiving deliveries\n"
        "Name and address of employer | Magdalen Brasserie, 5 High Street, Oxford, United Kingdom\n"
        "Type of business or sector | Hospitality\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    assert [(e["title"], e["organization"], e["bullets"]) for e in report["experiences"]] == [
        ("Kitchen Porter", "Magdalen Brasserie", ["Washing pots and dishes; receiving deliveries"])
    ]


def test_temp_roles_under_an_agency_line_take_the_agency_as_employer() -> None:
    cv = (
        "Jo Ashby\nWORK HISTORY\n"
        "Brightstaff Recruitment, Nottingham — temporary assignments   Jan 2019 – Dec 2020\n"
        "Lettings Receptionist — assigned to Castlegate Housing   Mar 2020 – Dec 2020\n"
        "• Covered the tenant reception desk: phone queries and key collections\n"
        "Warehouse Picker — placed at Vale Parcels, Colwick hub   Jan 2019 – Jun 2019\n"
        "• Picked and packed online orders on nights\n"
    )
    assert entries(cv) == [
        ("Lettings Receptionist", "Brightstaff Recruitment", "2020-03", "2020-12"),
        ("Warehouse Picker", "Brightstaff Recruitment", "2019-01", "2019-06"),
    ]


def test_a_town_under_a_line_left_open_by_its_comma_is_its_place() -> None:
    cv = (
        "Van Le\nExperience\n"
        "Jul 2018 – Feb 2020 Customer Service Executive, Mekong Mobile,\nHo Chi Minh City\n"
        "• Inbound calls on SIM registration\n"
        "Cook (patient meals), Kustsjukhuset Catering, 03/2019 – now\nGöteborg\n"
        "• Cook 600 patient meals a day\n"
    )
    assert [(t, o) for t, o, _, _ in entries(cv)] == [
        ("Customer Service Executive", "Mekong Mobile"),
        ("Cook (patient meals)", "Kustsjukhuset Catering"),
    ]


def test_a_federal_series_and_grade_is_no_part_of_the_title() -> None:
    cv = (
        "Pat Lee\nWORK EXPERIENCE\n"
        "Southeast Benefits Call Center, Macon, GA\n"
        "10/2016 – 04/2021 · Hours per week: 40\n"
        "Contact Representative, GS-0962-08/09\n"
        "• Answered 60–80 calls per day from veterans\n"
    )
    assert [(t, o) for t, o, _, _ in entries(cv)] == [
        ("Contact Representative", "Southeast Benefits Call Center")
    ]


def test_roles_without_duties_under_dated_employer_lines_keep_their_own_dates() -> None:
    cv = (
        "Jo Ashby\nWORK HISTORY\n"
        "Brightlea Home Care Ltd, Leicester   10/2019 – 12/2021\nCare Worker\n"
        "• Visited clients in their own homes\n"
        "Riverside Hospitals NHS Trust, Leicester   05/2018 – 09/2019\nDomestic Assistant\n"
        "• Cleaned wards to the national standards\n"
        "Café Lwów, Leicester   08/2016 – 04/2018\nWaitress\n"
        "Midlands Bakehouse Ltd, Leicester   01/2015 – 07/2016\nProduction Operative\n"
        "• Worked on the sandwich assembly line\n"
    )
    assert entries(cv)[2:] == [
        ("Waitress", "Café Lwów", "2016-08", "2018-04"),
        ("Production Operative", "Midlands Bakehouse Ltd", "2015-01", "2016-07"),
    ]


def _bold_caps(text: str) -> Document:
    """A PDF-like document whose lines in capitals are styled as headings."""
    from cxscore.document import Document, Format, Span

    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip() and line.isupper():
            spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return Document(
        source="cv.pdf",
        format=Format.PDF,
        text=text,
        pages=(Span(0, len(text)),),
        heading_lines=tuple(spans),
        headers=(),
        footers=(),
    )


def test_bold_capitals_over_a_role_and_its_dates_name_an_employer_not_a_section() -> None:
    text = (
        "CAREER HISTORY\n"
        "FALCON GULF AIRWAYS\nCabin Crew — Dubai, UAE\nNov 2021 – Present\n"
        "• Deliver in-flight service to passengers\n"
        "CREEKSIDE HALF MARATHON\nRace Volunteer — Dubai, UAE\nFeb 2018\n"
        "• Handed out water to runners\n"
        "ORCHID LANE COSMETICS\nRetail Associate   Feb 2016 to Mar 2017\n"
        "• Skin consultations at the counter\n"
        "EDUCATION\nB.Com, Pharos-Valley University — 2016\n"
    )
    got = [(e.title, e.organization) for e in segment_entries(_bold_caps(text), as_of=AS_OF)]
    assert got == [
        ("Cabin Crew", "FALCON GULF AIRWAYS"),
        ("Race Volunteer", "CREEKSIDE HALF MARATHON"),
        ("Retail Associate", "ORCHID LANE COSMETICS"),
    ]


def test_bold_capitals_over_items_with_years_still_head_a_section() -> None:
    text = (
        "EXPERIENCE\nJunior UI Designer, Maré Digital   Oct 2017 – Jan 2019\n"
        "• Designed screens for a banking app\n"
        "SELECTED CLIENTS\nPadaria Sol Nascente (2024)\nAtelier Cerâmica Lume (2021–2022)\n"
        "OPEN SOURCE\nMaintainer, tinyqueue (2016 — present): a lock-free queue in Rust\n"
    )
    found = segment_entries(_bold_caps(text), as_of=AS_OF)
    assert [(e.title, e.bullets) for e in found] == [
        ("Junior UI Designer", ("Designed screens for a banking app",)),
    ]


def test_duties_listed_under_role_and_employer_in_brackets_join_the_dated_table_row() -> None:
    text = (
        "WORK HISTORY\n\n"
        "Period\tPosition\tCompany\n"
        "2021/05 - present\tSupport Agent – Outbound\tKaroo Mutual, Pretoria\n"
        "2018/02 - 2021/04\tAdministration Learner\tVaal Freight, Vereeniging\n\n"
        "DUTIES\n\n"
        "Support Agent – Outbound (Karoo Mutual)\n"
        "• Phoned members about lapsed policies\n\n"
        "Administration Learner (Vaal Freight)\n"
        "• Scanned and filed shipping documents\n"
    )
    found = segment_entries(read_document(text.encode()), as_of=AS_OF)
    assert [(e.title, e.organization, e.bullets) for e in found] == [
        ("Support Agent – Outbound", "Karoo Mutual", ("Phoned members about lapsed policies",)),
        ("Administration Learner", "Vaal Freight", ("Scanned and filed shipping documents",)),
    ]


def test_a_work_mode_beside_the_employer_is_the_place() -> None:
    text = (
        "EXPERIENCE\nSelf-employed\tremote\nFreelance Translator (EN>PT)   2016 – 2021\n"
        "• Translated product manuals for agencies\n"
    )
    found = segment_entries(read_document(text.encode()), as_of=AS_OF)
    assert [(e.title, e.organization, e.location) for e in found] == [
        ("Freelance Translator (EN>PT)", "Self-employed", "remote"),
    ]


def test_roles_over_dates_with_their_place_are_cut_at_each_title() -> None:
    text = (
        "Experience\n"
        "Host at Lantern Bistro\n"
        "Mar '22 – Present   |   Portland, OR\n"
        "• Greeted guests and ran the waitlist\n"
        "Dishwasher at Lantern Bistro\n"
        "Jun '21 – Feb '22   |   Portland, OR\n"
        "Line Cook at Fernhill Diner\n"
        "Jan '20 – May '21 (laid off when the diner closed)   |   Gresham, OR\n"
        "• Grill and fryer station\n"
    )
    assert entries(text) == [
        ("Host", "Lantern Bistro", "2022-03", "present"),
        ("Dishwasher", "Lantern Bistro", "2021-06", "2022-02"),
        ("Line Cook", "Fernhill Diner", "2020-01", "2021-05"),
    ]


def test_duty_less_roles_are_cut_as_the_section_lays_out_its_other_roles() -> None:
    text = (
        "Experience\n"
        "Ward Clerk\nRiverside Hospital, Croydon | 09.2019 – 08.2021\n"
        "› Booked patient transport\n"
        "Hospital Porter\nRiverside Hospital, Croydon | 09.2017 – 08.2019\n"
        "› Moved linen and equipment between departments\n"
        "Seasonal Stock Assistant\nPembury Toys, Bromley | 11.2016 – 01.2017\n"
        "Warehouse Picker (agency)\nThornton Heath Distribution, Croydon | 03.2016 – 10.2016\n"
        "› Picked and packed online orders\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Ward Clerk", "Riverside Hospital"),
        ("Hospital Porter", "Riverside Hospital"),
        ("Seasonal Stock Assistant", "Pembury Toys"),
        ("Warehouse Picker (agency)", "Thornton Heath Distribution"),
    ]


def test_a_forms_start_and_end_date_lines_make_one_range() -> None:
    text = (
        "EMPLOYMENT HISTORY\n[1]\nEmployer: Harbour Mutual Bank\nPosition: Teller\n"
        "Start Date: 02/2021\nEnd Date: Current\nResponsibilities:\n• Served walk-in customers\n"
        "[2]\nEmployer: Lagoon Water Board\nPosition: Meter Reader\n"
        "Date started (MM/YYYY): 06/2019\nDate left (MM/YYYY): 01/2021\n"
        "• Read meters on a fixed route\n"
    )
    assert entries(text) == [
        ("Teller", "Harbour Mutual Bank", "2021-02", "present"),
        ("Meter Reader", "Lagoon Water Board", "2019-06", "2021-01"),
    ]


def test_dates_after_each_roles_duties_belong_to_that_role() -> None:
    text = (
        "Employment\n"
        "Shop Assistant (part-time)\nHeather & Pine Outdoor, Oban\n"
        "• Fitted walking boots and advised customers\n"
        "Sep 2023 – Present\n"
        "Night Sorter\nParcelgate Logistics, Oban\n"
        "• Sorted parcels on the night shift\n"
        "Nov 2022 – Dec 2022\n"
        "Education\nBA Tourism, Cairnmuir University\n"
    )
    assert entries(text) == [
        ("Shop Assistant (part-time)", "Heather & Pine Outdoor", "2023-09", "present"),
        ("Night Sorter", "Parcelgate Logistics", "2022-11", "2022-12"),
    ]


def test_a_career_summary_listing_dated_roles_is_a_work_history() -> None:
    text = (
        "CAREER SUMMARY\n"
        "Jan 2022 – Present (4 yrs 11 mths)   Guest Relations Officer, Aloe Ridge Lodge\n"
        "• Welcome arriving guests and resolve complaints\n"
        "Feb 2017 – Dec 2021 (4 yrs 11 mths)   Linen Room Attendant, Kwelera Bay Hotel\n"
        "• Issued and counted linen\n"
        "COMMUNITY INVOLVEMENT\n"
        "2014 – 2016 (2 years)   Volunteer Tutor, Ikhaya Learning Centre\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    got = [(e["title"], e["organization"], e["section"]) for e in report["experiences"]]
    assert got == [
        ("Guest Relations Officer", "Aloe Ridge Lodge", "work"),
        ("Linen Room Attendant", "Kwelera Bay Hotel", "work"),
        ("Volunteer Tutor", "Ikhaya Learning Centre", "volunteer"),
    ]


def test_a_career_summary_in_prose_stays_a_profile() -> None:
    text = (
        "Career Summary\nSupport lead with eight years in contact centres.\n"
        "EXPERIENCE\nTeam Lead, Kora Telecom   2019 – Present\n• Ran a team of 12 agents\n"
    )
    assert [t for t, *_ in entries(text)] == ["Team Lead"]


def test_current_and_previous_labels_group_roles_without_naming_an_employer() -> None:
    text = (
        "Work\n\nCurrent work (concurrent)\n\n"
        "Furniture Assembly Tasker — HandyHive\n\nJun 2023 – Now · Mesa, AZ\n\n"
        "• Assemble flat-pack furniture in customers' homes\n\n"
        "Previous\n\nAI Response Rater (remote) — Labelcraft\n\nFeb 2024 – Jun 2025 · Remote\n\n"
        "• Rated chatbot answers\n\n"
        "Line Cook — Desert Rose Cantina\n\nMay 2017 – Feb 2021 · Mesa, AZ\n\n"
        "• Worked the grill\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Furniture Assembly Tasker", "HandyHive"),
        ("AI Response Rater (remote)", "Labelcraft"),
        ("Line Cook", "Desert Rose Cantina"),
    ]


def test_a_label_over_the_roles_held_now_heads_them_only_when_set_out() -> None:
    from cxscore.sections import heading_kind

    assert heading_kind("Current", styled=True) is SectionKind.EXPERIENCE
    assert heading_kind("Since retiring", styled=True) is SectionKind.EXPERIENCE
    assert heading_kind("Current:") is SectionKind.EXPERIENCE
    # Plain, it may be the end of a date range wrapped onto a line of its own.
    assert heading_kind("Current") is None
    text = (
        "Summary\n\nRetired sergeant, now a crossing guard.\n\n### Current\n\n"
        "School Crossing Guard   September 2022 to Present\n"
        "Fairmont Township Police Department\n• Walk 150 kids across a day\n\n"
        "### Law Enforcement Career\n\nPolice Officer   1988 to 2018\n"
        "Brookhaven Heights Police Department\n• Patrol officer\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("School Crossing Guard", "Fairmont Township Police Department"),
        ("Police Officer", "Brookhaven Heights Police Department"),
    ]


def test_a_profile_copied_from_a_job_site_page() -> None:
    # Logo captions, the time at an employer over its roles, skill and "show all" links.
    text = (
        "Experience\n\nHarborview Contact Solutions logo\nHarborview Contact Solutions\n"
        "Full-time · 6 yrs 4 mos\nSan Teofilo City, Philippines\n"
        "Team Leader - Customer Care\nJan 2023 - Present · 3 yrs 11 mos\nOn-site\n"
        "Leading 16 agents on a telco account.\nCoaching, Escalation Management and +3 skills\n"
        "Customer Care Representative\nAug 2020 - Dec 2022 · 2 yrs 5 mos\nOn-site\n\n"
        "Kainan Express logo\nService Crew\nKainan Express · Part-time\n"
        "Jun 2016 - Mar 2019 · 2 yrs 10 mos\nCounter, drive-thru and dining.\n"
        "Show all 5 experiences\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Team Leader - Customer Care", "Harborview Contact Solutions"),
        ("Customer Care Representative", "Harborview Contact Solutions"),
        ("Service Crew", "Kainan Express"),
    ]


def test_a_title_wrapped_at_the_end_of_a_long_header_line_is_rejoined() -> None:
    text = (
        "EXPERIENCE\n"
        "Northpoint Global Solutions, Santa Leonor City, Philippines — Healthcare\n"
        "Account Representative\nJANUARY 2016 - MAY 2017\n"
        "Took inbound calls from health-plan members about claims.\n\n"
        # A short line is no wrap: its last field stays apart from the title below.
        "Harbour Lights Hotel — Front Office\nReceptionist\nJUNE 2014 - DECEMBER 2015\n"
        "Served guests at the desk.\n"
    )
    titles = [t for t, *_ in entries(text)]
    assert titles == ["Healthcare Account Representative", "Receptionist"]


def test_a_promotion_note_under_a_labelled_role_is_no_role() -> None:
    text = (
        "WORK EXPERIENCE\n\nOrganisation: Cendra Lifesciences Pvt. Ltd., Wardhapur\n"
        "Designation: Senior Medical Representative\nDuration: Jun 2018 to Mar 2022\n"
        "Promoted to ABM in April 2022\n  * Covering 12-14 doctors daily.\n\n"
        "Organisation: Vaxora Pharma Ltd.\nDesignation: Medical Representative\n"
        "Duration: Jul 2015 to May 2018\n  * Detailing to GPs; joined as a trainee and was\n"
        "  promoted to the field team within a year\n"
    )
    assert entries(text) == [
        ("Senior Medical Representative", "Cendra Lifesciences Pvt. Ltd.", "2018-06", "2022-03"),
        ("Medical Representative", "Vaxora Pharma Ltd.", "2015-07", "2018-05"),
    ]


def test_home_duties_are_a_break_not_an_employer() -> None:
    text = (
        "Career history\n\nTeacher Aide, Kowhai School   2006 – 2012\n• Reading groups\n\n"
        "Home duties (raising my family)   1993 – 2005\n\n"
        "Bank Clerk, Southern Cross Bank   1988 – 1992\n• Counter work\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)][1] == ("Home duties (raising my family)", None)


def test_roles_typed_all_in_lower_case_are_roles_not_notes() -> None:
    text = (
        "Tyler Brandt\n(614) 555-0192\n\nlooking for part time work after school\n\n"
        "crew member @ Burger Barn (june 2022-now)\n"
        "lifeguard @ Pinecrest city pool (summer 21)\n"
        "dishwasher @ Lucky Dragon (Jan-Mar 2022)\n"
    )
    assert entries(text) == [
        ("crew member", "Burger Barn", "2022-06", "present"),
        ("lifeguard", "Pinecrest city pool", "2021-06", "2021-08"),
        ("dishwasher", "Lucky Dragon", "2022-01", "2022-03"),
    ]


def test_trade_titles_ending_in_person_or_valeter_are_titles() -> None:
    text = (
        "Employment History\nTalbot Steel Supplies, Eastgate NSW   06/21 - 02/23\nStoreperson\n"
        "• Stocktake and yard clean up\n"
        "Car Wash Valeter - Sparkle Hand Car Wash, Brackley Heath   2022 - 2023\n"
        "• Greeted drivers and took payments\n"
        "Kinsella's Bar, Ballyrock   2015 - 2018\nBar Person\n• Pulled pints\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Storeperson", "Talbot Steel Supplies"),
        ("Car Wash Valeter", "Sparkle Hand Car Wash"),
        ("Bar Person", "Kinsella's Bar"),
    ]


def test_south_african_and_shop_trade_titles_are_titles() -> None:
    text = (
        "Experience\n"
        "WESTERN CAPE DEPT OF SOCIAL DEVELOPMENT – METRO EAST OFFICE, Cape Town\n"
        "Data Capturer (contract)                       May 2018 - October 2019\n"
        "   • Captured beneficiary records from paper files\n\n"
        "GLOWBELLE COSMETICS, Calumpang   2016 - 2017\nPromodiser\n• Sampling at the mall\n"
    )
    assert [t for t, *_ in entries(text)] == ["Data Capturer (contract)", "Promodiser"]


def test_national_service_personnel_is_a_title() -> None:
    """Ghana's national service posts people as "National Service Personnel"."""
    text = (
        "Work Experience\n"
        "Nsuta-Kwahu District Assembly, Nsuta-Kwahu   September 2017 – August 2018\n"
        "National Service Personnel – Budget Unit\n• Assisted in compiling the budget\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("National Service Personnel – Budget Unit", "Nsuta-Kwahu District Assembly")
    ]


def test_church_roles_are_titles() -> None:
    text = (
        "CHURCH AND COMMUNITY\n\n2000 – 2012 | Deacon | NG Gemeente Kliprivier\n"
        "- Visited the families in my ward every quarter\n"
        "2013 – 2019 | Verger | St Aidan's Parish Church\n- Opened the church for visitors\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Deacon", "NG Gemeente Kliprivier"),
        ("Verger", "St Aidan's Parish Church"),
    ]


def test_a_place_line_under_title_and_employer_is_no_employer() -> None:
    # "CO" after a comma is Colorado, not "Co." (company); "Remote (US)" is a work mode.
    text = (
        "Work\n\n### Senior Customer Success Manager — Brightbeam Analytics\n"
        "*Remote (US)* | 02/2023 – present\n\n* Own 40 enterprise accounts\n\n"
        "### Support Engineer II — Kestrel Payments\n"
        "*Larkspur Falls, CO* | 06/2018 – 12/2020\n\n* Troubleshot merchants' integrations\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Senior Customer Success Manager", "Brightbeam Analytics"),
        ("Support Engineer II", "Kestrel Payments"),
    ]


def test_an_earlier_career_line_names_its_role() -> None:
    text = (
        "EXPERIENCE\nClaims Processor   1997 – 2006\nHeartland Mutual, Clarendon, IN\n"
        "• Adjudicated auto glass claims\n"
        "Earlier career (1988 – 1996): Bank Teller, First Prairie Savings & Loan, Fairbury — "
        "cash handling and new accounts.\n"
    )
    assert [(t, o, s, e) for t, o, s, e in entries(text)][1] == (
        "Bank Teller",
        "First Prairie Savings & Loan",
        "1988",
        "1996",
    )


def test_labelled_dates_and_place_lines_end_a_duty_less_role() -> None:
    text = (
        "Experience\n\nRidgefield County Assessor's Office\nData Entry Clerk (temp)\n"
        "Dates employed: Jun 2019 – Feb 2020 · 9 mos\nLocation: Ridgefield, Minnesota\n\n"
        "Ferris Hill College\nIT Help Desk Technician\n"
        "Dates employed: Aug 2017 – May 2019 · 1 yr 10 mos\nLocation: Ferris Hill, Minnesota\n"
        "• Reset passwords for students\n"
    )
    assert entries(text) == [
        ("Data Entry Clerk (temp)", "Ridgefield County Assessor's Office", "2019-06", "2020-02"),
        ("IT Help Desk Technician", "Ferris Hill College", "2017-08", "2019-05"),
    ]


def test_an_earlier_career_heading_takes_its_role_from_the_line_below() -> None:
    text = (
        "EXPERIENCE\nPurchase Ledger Clerk   September 1998 – March 2003\n"
        "Crane & Mercer Distribution, Thornbury\n• Matched supplier invoices\n"
        "Earlier career (1990 – 1998)\n"
        "Section Supervisor, Marbury's Department Store, Ashcombe – joined at seventeen as a "
        "Saturday trainee and was\nrunning the menswear counters by 1995.\n"
    )
    assert entries(text)[1] == ("Section Supervisor", "Marbury's Department Store", "1990", "1998")


def test_an_employer_named_with_a_section_word_heads_its_roles() -> None:
    text = (
        "Work\n\nPaystride Technologies\n\n"
        "Customer Success Manager | Lagos, Nigeria | 2022-07 – present\n\n"
        "• Own a book of 60 merchants\n\n"
        "Eko Heritage Bank Plc\n\n"
        "Customer Care Officer | Lagos, Nigeria | 2018-01 – 2021-02\n\n"
        "• Attended to walk-in customers\n\n"
        "Education\n\nB.Sc. Mathematics, University of Lagos, 2016\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Customer Success Manager", "Paystride Technologies"),
        ("Customer Care Officer", "Eko Heritage Bank Plc"),
    ]


def test_headings_printed_as_a_list_before_the_content_do_not_hide_the_roles() -> None:
    # A builder PDF prints its headings in a sidebar that extracts before the content: the text
    # after the last of them ("SKILLS") is not a skills list.
    text = (
        "Mereana Walsh\nPROFILE\nEXPERIENCE\nEDUCATION\nSKILLS\n"
        "Store manager who still likes being on the shop floor.\n"
        "Kōwhai Outdoor Co. — Store Manager\nAug 2021 – Present · Christchurch\n"
        "• Work the floor most weekends and sort out customer problems\n"
        "Torlesse Peak Ski Area — Lift Operator (seasonal)\nJun 2014 – Sep 2014 · Canterbury\n"
        "• Loaded skiers onto the chair\n"
        "Bachelor of Commerce, Marketing (2 years completed)\nDunedin · 2012 – 2013\n"
        "Team leadership · Rostering & payroll (Deputy) · Lightspeed POS\n"
    )
    assert entries(text) == [
        ("Store Manager", "Kōwhai Outdoor Co.", "2021-08", "present"),
        ("Lift Operator (seasonal)", "Torlesse Peak Ski Area", "2014-06", "2014-09"),
    ]


def test_a_listed_work_heading_still_heads_what_follows_it() -> None:
    # The same sidebar, its dates printed apart from their roles: the work heading is the last
    # listed and still heads the roles, dated or not.
    text = (
        "Dmitri Volkov\nSkills\nCertifications\nEducation\nEmployment\n"
        "2021 to till date\n2018 to 2021\n• CNC setup\n• Forklift\n"
        "Production Shift Supervisor\nMiami Valley Precision Parts · Dayton, OH\n"
        "• Supervise 18 machinists on second shift\n"
        "Quality Inspector\nMiami Valley Precision Parts · Dayton, OH\n"
        "• Inspected finished parts before shipment\n"
    )
    assert [t for t, *_ in entries(text)] == ["Production Shift Supervisor", "Quality Inspector"]


def test_a_work_heading_may_say_when() -> None:
    assert heading_kind("Employment since leaving the Army", styled=True) is SectionKind.EXPERIENCE
    assert heading_kind("Work after graduation:") is SectionKind.EXPERIENCE
    assert heading_kind("Customer Service since 2019") is None


def test_a_note_in_brackets_after_a_heading_is_no_part_of_it() -> None:
    assert heading_kind("Current work (independent contractor)") is SectionKind.EXPERIENCE
    assert heading_kind("Work History (most recent first)") is SectionKind.EXPERIENCE
    assert heading_kind("Barista (part-time)") is None
    assert heading_kind("Volunteer (Red Cross)") is None


def test_a_profile_running_on_into_dated_roles_without_a_work_heading() -> None:
    # The work heading ("Pharmacy Practice") is no section word: the roles run on under the
    # profile, whose prose ("locum since 2019") is still no role.
    text = (
        "Priya Raman, RPh\nThornbury Mills, ON\n\nProfile\n"
        "Community pharmacist licensed in Ontario for 14 years; locum since 2019, with "
        "experience in rural pharmacies.\n"
        "Pharmacy Practice\n"
        "Staff Pharmacist | Jul 2012 – May 2019\nFairCare Pharmacy #208, Thornbury Mills, ON\n"
        "• Counselled patients at the counter\n"
        "Hospital Pharmacy Resident | Jul 2011 – Jun 2012\n"
        "Thornbury General Hospital, Thornbury Mills, ON\n• Took medication histories\n"
    )
    assert [(t, s, e) for t, _, s, e in entries(text)] == [
        ("Staff Pharmacist", "2012-07", "2019-05"),
        ("Hospital Pharmacy Resident", "2011-07", "2012-06"),
    ]


def test_an_agency_line_heads_its_dated_assignments() -> None:
    text = (
        "Employment history\n\n"
        "Brightstaff Recruitment, Narbury Cross (agency) - temporary assignments"
        " | 04/2021 - present\n"
        "Assignment: Receptionist, Hallam & Royd Solicitors, Narbury Cross | 04/2021 - 09/2021\n"
        "• Greeted clients and answered the switchboard\n"
        "Assignment: Data Entry Clerk, Narbury Cross Borough Council | 10/2021 - 03/2022\n"
        "• Keyed in parking permit applications\n"
        "Sales Assistant, Dunmore's Department Store | 03/2014 - 07/2019\n• Served customers\n"
    )
    assert entries(text) == [
        ("Receptionist", "Hallam & Royd Solicitors", "2021-04", "2021-09"),
        ("Data Entry Clerk", "Narbury Cross Borough Council", "2021-10", "2022-03"),
        ("Sales Assistant", "Dunmore's Department Store", "2014-03", "2019-07"),
    ]


def test_a_locum_line_gives_its_title_to_the_placements_under_it() -> None:
    text = (
        "Experience\n"
        "Northbranch Locum Services — Locum Pharmacist | Jun 2019 – Present\n\n"
        "Riverbend Pharmacy, Kestrel Lake, ON | Jun 2019 – Aug 2019\n\n"
        "• Covered the owner's summer leave\n\n"
        "Lakeshore Family Pharmacy, Kestrel Lake, ON | Sep 2022 – Present\n\n"
        "• Medication reviews with seniors\n\n"
        "Staff Pharmacist | Jul 2012 – May 2019\n\nFairCare Pharmacy, Thornbury Mills, ON\n\n"
        "• Dispensed prescriptions\n"
    )
    assert [(t, o, s) for t, o, s, _ in entries(text)] == [
        ("Locum Pharmacist", "Riverbend Pharmacy", "2019-06"),
        ("Locum Pharmacist", "Lakeshore Family Pharmacy", "2022-09"),
        ("Staff Pharmacist", "FairCare Pharmacy", "2012-07"),
    ]


def test_a_job_held_alongside_later_jobs_stays_a_role() -> None:
    text = (
        "Experience\n"
        "Mathematics Teacher, Ahenkro Senior High School | 2010 – Present\n"
        "Owner / Shopkeeper, Adwoa's Provisions Store | 2015 – Present\n• Run the shop\n"
        "Assistant Examiner, Coastal Examinations Council | Jul 2019\n• Marked scripts\n"
    )
    assert [t for t, *_ in entries(text)] == [
        "Mathematics Teacher",
        "Owner / Shopkeeper",
        "Assistant Examiner",
    ]


def test_a_mart_is_an_employer() -> None:
    text = (
        "Experience\nFUENTE SHOE MART — Cebu City\n"
        "Sales Associate   June 2015 – December 2016\n• Assisted shoppers, fitted shoes\n"
    )
    assert entries(text) == [("Sales Associate", "FUENTE SHOE MART", "2015-06", "2016-12")]


def test_an_empty_form_field_is_no_heading() -> None:
    text = (
        "== Employment History ==\n"
        "Job title: Career break – full-time parent\nEmployer:\nFrom: 09/2017\nTo: 02/2026\n"
        "Main duties: Raising three children.\n\n"
        "Job title: Accounts Assistant\nEmployer: Kelvane Freight Ltd\nFrom: 06/2013\n"
        "To: 08/2017\nMain duties: Processed supplier invoices.\n"
    )
    assert entries(text) == [
        ("Career break – full-time parent", None, "2017-09", "2026-02"),
        ("Accounts Assistant", "Kelvane Freight Ltd", "2013-06", "2017-08"),
    ]


def test_a_timeline_printed_apart_from_its_roles_dates_them_in_order() -> None:
    # A two-column PDF read column by column: the dates come first, then the roles, undated.
    text = (
        "Ciarán Doolan\nSecond-year Commerce student looking for part-time work.\n"
        "11/25 – 01/26\n06/25 – 08/25\n01/25 – 06/25\n"
        "EXPERIENCE\nRetail Assistant (Christmas)\nDonnellan's Toys, Kilbarrow\n"
        "• Worked the tills\nLifeguard\nKilbarrow Leisure Centre, Kilbarrow\n"
        "• Supervised public swims\nDeli Counter Assistant (part-time)\n"
        "Gleeson's Foodstore, Kilbarrow\n• Served the lunchtime queue\n"
    )
    assert [(t, s, e) for t, _, s, e in entries(text)] == [
        ("Retail Assistant (Christmas)", "2025-11", "2026-01"),
        ("Lifeguard", "2025-06", "2025-08"),
        ("Deli Counter Assistant (part-time)", "2025-01", "2025-06"),
    ]


def test_a_timeline_column_under_the_heading_dates_the_first_role_too() -> None:
    # The date column sits right above the first role, which takes the column's last line as
    # dates printed above its title; the whole column belongs to the roles, in order.
    text = (
        "Marta Kowalczyk\nWork experience\n"
        "03.2021 – until today\n10.2018 – 02.2021\n07.2017 – 09.2017\n"
        "Receptionist\nHotel Pod Lipami, Zielonka\n• Check-in and check-out of guests\n"
        "Shop Assistant (part-time)\nPiekarnia Złoty Kłos, Zielonka\n• Served at the counter\n"
        "Warehouse Helper (summer job)\nMagazyn Nord sp. z o.o., Zielonka\n"
        "• Picked and packed orders\n"
    )
    assert [(t, s, e) for t, _, s, e in entries(text)] == [
        ("Receptionist", "2021-03", "present"),
        ("Shop Assistant (part-time)", "2018-10", "2021-02"),
        ("Warehouse Helper (summer job)", "2017-07", "2017-09"),
    ]


def test_a_portfolio_of_dated_roles_is_a_work_history() -> None:
    # A senior's "portfolio career": consulting and board roles, not a designer's projects.
    text = (
        "Eleanor Brightwater\nCurrent Portfolio\n"
        "Principal Consultant | Brightwater Advisory | Chicago, IL   2019–Present\n"
        "• Advise CEOs of manufacturing firms\n"
        "Independent Board Director | Lakeshore Plastics Inc. | Milwaukee, WI   2021–Present\n"
        "Earlier Career\nVP Operations | Prairie Fastener Co. | Rockford, IL   2005–2012\n"
        "Portfolio\nBrand identity for Lumen Bakery   2021–2022\n"
        "Packaging for Orchard Cider   2023\n"
    )
    assert [t for t, _, _, _ in entries(text)] == [
        "Principal Consultant",
        "Independent Board Director",
        "VP Operations",
    ]


def test_a_role_written_as_one_paragraph_is_a_header_and_its_duty() -> None:
    text = (
        "EXPERIENCE\n"
        "Bilingual Customer Care Representative, Maritime Power & Light, Moncton (Sep 2021 – "
        "Present). Handle inbound calls in English and French about bills and outages.\n"
        "Tree Planter, Evergreen Reforestation Ltd, Fredericton, NB (May 2016 – Aug 2016). Planted "
        "up to 2,000 seedlings a day.\n"
        "Cashier, Lakeside Foods (2014 – 2015)\n"
    )
    document = read_document(text.encode())
    found = segment_entries(document, as_of=AS_OF)
    assert [(e.title, e.organization, e.bullets) for e in found] == [
        (
            "Bilingual Customer Care Representative",
            "Maritime Power & Light",
            ("Handle inbound calls in English and French about bills and outages.",),
        ),
        ("Tree Planter", "Evergreen Reforestation Ltd", ("Planted up to 2,000 seedlings a day.",)),
        ("Cashier", "Lakeside Foods", ()),
    ]


def test_a_name_glued_to_the_present_word_is_parted_from_it() -> None:
    # An HTML float or a PDF puts no space between the range's end and the employer after it.
    text = (
        "Berufserfahrung\n09.2020–heuteStadtmuseum Lindenau, Pleißenau\nMuseum Educator\n"
        "• Lead school workshops\n03.2018–08.2020 Kunsthalle am Markt, Pleißenau\n"
        "Visitor Services Assistant\n• Ticket desk and cloakroom\n"
    )
    assert [(s, e) for _, _, s, e in entries(text)] == [
        ("2020-09", "present"),
        ("2018-03", "2020-08"),
    ]


def test_a_role_worked_season_after_season_is_one_entry_a_season() -> None:
    text = (
        "Experience\nCamp Counsellor\nCamp Tamarack Lake, Tamarack Lake, NB\n"
        "Summers 2022 & 2023\n\n• Led a cabin of eight campers\n"
    )
    assert [(t, s, e) for t, _, s, e in entries(text)] == [
        ("Camp Counsellor", "2022-06", "2022-08"),
        ("Camp Counsellor", "2023-06", "2023-08"),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("EMPLOYEMENT HISTORY", SectionKind.EXPERIENCE),
        ("Work Histroy", SectionKind.EXPERIENCE),
        ("Experiance", SectionKind.EXPERIENCE),
        ("Educaton", SectionKind.EDUCATION),
        ("Histology", None),
        ("Expedience", None),
    ],
)
def test_a_heading_misspelt_by_a_letter_is_still_a_heading(
    line: str, kind: SectionKind | None
) -> None:
    assert heading_kind(line) is kind


def test_a_career_break_named_with_its_reason_under_its_dates() -> None:
    text = (
        "Work History\n01/2023 – present\nReception & Admin Assistant\n"
        "Hollins & Marr Solicitors, Chalkbury\n• Greet clients\n\n"
        "03/2018 – 12/2022\nCareer break – raising my family\n• Parish council minutes\n\n"
        "09/2025 – present\nKitchen Porter\nThe Lantern Tearoom\nGap year, 25 hours a week\n"
        "• Wash up\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Reception & Admin Assistant", "Hollins & Marr Solicitors"),
        ("Career break – raising my family", None),
        ("Kitchen Porter", "The Lantern Tearoom"),
    ]


def test_column_gaps_part_an_employer_from_a_town_named_like_one() -> None:
    text = (
        "PROFESSIONAL EXPERIENCE\n\n"
        "MAR2020-MAY2022   TECHNICAL SUPPORT REPRESENTATIVE   BLUELINE BROADBAND"
        "   COUNCIL BEND, IA\n"
        "• Troubleshot home internet for residential customers\n"
    )
    assert [(t, s, e) for t, _, s, e in entries(text)] == [
        ("TECHNICAL SUPPORT REPRESENTATIVE", "2020-03", "2022-05")
    ]


def test_a_title_printed_as_the_first_bullet_of_a_table_row() -> None:
    text = (
        "WORK EXPERIENCE\n"
        "Tidewave Outsourcing Inc., Dalisay City   Aug 2019 — Dec 2021\n"
        "• Chat Support Agent\n• Answered live chats and emails for an online store\n"
        "R. Magsino Trading, Dalisay City   May 2017 — Jul 2019\n"
        "• Bookkeeper\n• Recorded daily sales and expenses\n"
        "Hollins & Marr Solicitors, Chalkbury   Jan 2016 — Apr 2017\n"
        "• Answered the switchboard and booked appointments\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)][:2] == [
        ("Chat Support Agent", "Tidewave Outsourcing Inc."),
        ("Bookkeeper", "R. Magsino Trading"),
    ]
    assert entries(text)[2][0] != "Answered the switchboard and booked appointments"


def test_a_career_break_set_as_a_heading_is_a_spell_not_a_section() -> None:
    assert heading_kind("Career Break") is None
    assert heading_kind("CAREER HISTORY") is SectionKind.EXPERIENCE
    text = (
        "## Experience\n\n### Warehouse Associate\n*Jan 2017 – Present*\n\n- Picked orders\n\n"
        "### Career Break\n*June 2015 – September 2016*\n\n- Full-time parent\n\n"
        "### Werkstudent, Test Engineering\nKessler Messtechnik GmbH, Lindenfurt, Germany\n"
        "*Apr 2013 – Mar 2015*\n\n- Built test benches\n"
    )
    assert [t for t, *_ in entries(text)] == [
        "Warehouse Associate",
        "Career Break",
        "Werkstudent, Test Engineering",
    ]


def test_a_career_break_in_a_work_history_is_no_paid_job() -> None:
    text = (
        "Work History\n09/2025 – present\nPart-time Receptionist\nAshcombe Vale Dental Practice\n"
        "• Greet patients\n\n04/2017 – 08/2025\nCareer break – raising my two children\n\n"
        "06/2011 – 03/2017\nOffice Administrator\nHarcourt & Pell Estate Agents\n• Ran the office\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    types = [(e["title"], e["employment_type"]) for e in report["experiences"]]
    assert types == [
        ("Part-time Receptionist", "paid"),
        ("Career break – raising my two children", "unknown"),
        ("Office Administrator", "paid"),
    ]


def test_an_employer_line_with_its_span_heads_a_head_of_role() -> None:
    text = (
        "Experience\nOrchard Bay College, Wexmouth   Mar 2015 – Present\n"
        "Head of Student Services   Jan 2021 – Present\n• Lead a team of nine advisers\n"
        "Admissions Officer   Mar 2015 – Dec 2020\n• Answered applicants' questions by phone\n"
    )
    assert entries(text) == [
        ("Head of Student Services", "Orchard Bay College", "2021-01", "present"),
        ("Admissions Officer", "Orchard Bay College", "2015-03", "2020-12"),
    ]


def test_a_hyphened_title_under_its_employer_line_is_the_title() -> None:
    text = (
        "EXPERIENCE\nCedar Lane Bistro, Harlow   04.2012 – 03.2016\nSous-chef\n"
        "• Ran the pass on weekend services\n\n"
        "Millbrook Diner Group, Harlow   05.2016 – 12.2019\nFranchise Owner-Operator (1 site)\n"
        "• Hired and trained 14 staff\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Sous-chef", "Cedar Lane Bistro"),
        ("Franchise Owner-Operator (1 site)", "Millbrook Diner Group"),
    ]


def test_an_earlier_label_before_a_summarised_role_is_no_part_of_its_title() -> None:
    text = (
        "Work History\nTeam Leader, Brightwell Energy, Dunmore   2015 – Present\n"
        "• Coach twelve advisers\n"
        "Earlier: Shop Assistant, Carrow Pharmacy, Dunmore   2010 – 2014\n"
        "Before nursing: Receptionist, Kilbride Motors   2008 – 2009\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Team Leader", "Brightwell Energy"),
        ("Shop Assistant", "Carrow Pharmacy"),
        ("Receptionist", "Kilbride Motors"),
    ]


def test_honorary_roles_are_a_volunteer_section() -> None:
    assert heading_kind("Honorary") is SectionKind.VOLUNTEER
    assert heading_kind("HONORARY POSITIONS") is SectionKind.VOLUNTEER
    text = (
        "Work Experience\nPractice Manager — Elmfield Surgery · Jan 2019 to Present\n"
        "• Handle patient complaints\n\nHonorary\n\n"
        "Treasurer — Elmfield Bowls Club · Mar 2020 to Present\n• Keep the accounts\n"
    )
    assert [t for t, *_ in entries(text)] == ["Practice Manager", "Treasurer"]


def test_a_note_on_a_roles_dates_is_no_role_of_its_own() -> None:
    text = (
        "Experience\nBrightside Tax Co., Millvale, PA   01/2024 – 04/2024\nSeasonal Tax Preparer\n"
        "January–April 2024 filing season\n• Prepared returns for walk-in clients\n\n"
        "Front Desk Agent, Harbour Lights Inn   |   May 2019 – March 2023\n"
        "April – August 2020: furloughed while the hotel was shut; back in September.\n"
        "• Checked guests in and out\n"
        "Line Cook, Harbour Lights Inn   |   June 2016 – April 2019\n• Grill and fryer\n"
    )
    assert entries(text) == [
        ("Seasonal Tax Preparer", "Brightside Tax Co.", "2024-01", "2024-04"),
        ("Front Desk Agent", "Harbour Lights Inn", "2019-05", "2023-03"),
        ("Line Cook", "Harbour Lights Inn", "2016-06", "2019-04"),
    ]


def test_a_town_named_after_a_trade_is_still_a_town() -> None:
    text = (
        "Experience\nCourier (evenings) - ZipDash, Carver Springs, GA   Feb 2022 - Present\n"
        "• Handed orders to customers at the door\n"
        "Admissions Clerk\n09/2019 – 01/2022\nMason Falls Family Clinic, Mason Falls, IA\n"
        "• Booked patients for appointments\n"
        "Medical Receptionist\n03/2017 – 08/2019\nHollybrook Surgery, Mason Falls, IA\n"
        "• Answered the phones\n"
    )
    assert entries(text) == [
        ("Courier (evenings)", "ZipDash", "2022-02", "present"),
        ("Admissions Clerk", "Mason Falls Family Clinic", "2019-09", "2022-01"),
        ("Medical Receptionist", "Hollybrook Surgery", "2017-03", "2019-08"),
    ]


def test_a_barman_under_his_pub_and_a_saint_abbreviated_in_a_name() -> None:
    text = (
        "Experience\n\nMulligan's Bar, Ennisdale\n\nBarman (weekends) — Oct 2022 – Present\n\n"
        "• Pulled pints on busy trad nights\n\n"
        "Library Assistant\nColegio de Sta. Lucia Library\nJune 2019 – May 2022\n"
        "• Checked books out to students\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Barman (weekends)", "Mulligan's Bar"),
        ("Library Assistant", "Colegio de Sta. Lucia Library"),
    ]


def test_a_state_or_region_under_a_title_at_its_employer_is_the_place() -> None:
    text = (
        "Experience\nRoom Attendant at Saltwater Lodge   January 2023 – April 2023\n"
        "Kinross Bay, Queensland\n• Turned over twenty rooms a shift\n"
        "Grape Picker at Hallam Ridge Vineyard   February 2022 – April 2022\nVictoria\n"
        "• Hand-picked on piece rate\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Room Attendant", "Saltwater Lodge"),
        ("Grape Picker", "Hallam Ridge Vineyard"),
    ]


def test_a_dated_role_at_an_organisation_in_an_activities_section() -> None:
    text = (
        "Experience\nBarista at Kettle & Crumb   June 2021 – Present\n• Espresso bar\n\n"
        "Campus Involvement\nPeer Mentor at Wexford Hall Residence\nSep 2020 – May 2021\n"
        "• Weekly check-ins with first-year students\n"
        "Phone Fundraiser at Dunmore University Alumni Office   Feb 2020 – Mar 2020\n"
        "• Called alumni for the annual appeal\n\n"
        "Honors\nSales Lead at Kettle & Crumb\nEmployee of the Month 2022\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Barista", "Kettle & Crumb"),
        ("Peer Mentor", "Wexford Hall Residence"),
        ("Phone Fundraiser", "Dunmore University Alumni Office"),
    ]


def test_a_duty_wrapped_after_a_connecting_word_goes_on_with_its_dates() -> None:
    text = (
        "Experience\nWard Manager, Elmbury General Hospital   2015 – 2021\n"
        "• Ran a family-liaison project: complaints about\n"
        "visiting on the ward down by half (2018–2020)\n"
        "• Supported teachers across\n12 schools with their laptops\n"
        "Staff Nurse, Elmbury General Hospital   2010 – 2015\n• Acute medicine\n"
    )
    found = report_dict(analyze(text.encode(), as_of=AS_OF))["experiences"]
    assert [e["title"] for e in found] == ["Ward Manager", "Staff Nurse"]
    assert found[0]["bullets"] == [
        "Ran a family-liaison project: complaints about visiting on the ward down by half "
        "(2018–2020)",
        "Supported teachers across 12 schools with their laptops",
    ]


def test_a_spell_in_words_over_its_dates_alone_is_its_own_entry() -> None:
    text = (
        "Work History\n\nSupply Teacher\nAug 2024 - Present\n"
        "Oakfield Unified Schools, Oakfield, TX\n\n"
        "• Cover primary classes at short notice\n\n"
        "Family time (two moves, a baby and a toddler)\nJan 2021 - Jul 2024\n\n"
        "Dental Receptionist\nMar 2017 - Dec 2020\nBrightside Dental, Waco, TX\n\n"
        "• Booked patients in\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Supply Teacher", "Oakfield Unified Schools"),
        ("Family time (two moves, a baby and a toddler)", None),
        ("Dental Receptionist", "Brightside Dental"),
    ]


def test_dates_glued_to_a_long_title_by_pdf_extraction_are_read() -> None:
    text = (
        "Experience\nCareer break – looking after my father after his stroke08/2020 – 03/2023\n"
        "Sales Lady   05/2017 – 07/2020\nGoldleaf Department Store, Pasig\n• Served shoppers\n"
        "Rifleman   09/2012 – 03/2017\n"
    )
    assert [(t, s, e) for t, _, s, e in entries(text)] == [
        ("Career break – looking after my father after his stroke", "2020-08", "2023-03"),
        ("Sales Lady", "2017-05", "2020-07"),
        ("Rifleman", "2012-09", "2017-03"),
    ]


def test_breaks_named_in_other_words_inherit_no_employer() -> None:
    text = (
        "Experience\n\nGreenway Care Services\n\nCare Assistant (casual)   Sep 2019 – Apr 2022\n"
        "• Personal care for residents\n\nFull-time carer for my mother   Nov 2017 – Aug 2019\n\n"
        "Stay-at-home parent (2012 – 2017)\n\nRelocation to Canada   Jan 2011 – Dec 2011\n\n"
        "Medical leave\nJanuary 2010 to July 2010\n\nTravel | April 2009 – September 2009\n\n"
        "Travelling – UK and Europe   Mar 2008 – Jan 2009\n\n"
        "Job seeking and short courses   05/2007 – 02/2008\n\n"
        "Travel Agent   2006 – 2008\nSunways Travel\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    found = [(e["title"], e["organization"], e["employment_type"]) for e in report["experiences"]]
    assert found == [
        ("Care Assistant (casual)", "Greenway Care Services", "paid"),
        ("Full-time carer for my mother", None, "unknown"),
        ("Stay-at-home parent", None, "unknown"),
        ("Relocation to Canada", None, "unknown"),
        ("Medical leave", None, "unknown"),
        ("Travel", None, "unknown"),
        ("Travelling – UK and Europe", None, "unknown"),
        ("Job seeking and short courses", None, "unknown"),
        ("Travel Agent", "Sunways Travel", "paid"),
    ]


def test_a_hyphened_office_heads_its_entry() -> None:
    text = (
        "Experience\nBarista\nCafe Luna, Singapore\nJan 2020 - Mar 2021\n\n* Served guests\n\n"
        "Co-curricular Activities\nVice-President\nKBU Dragon Boat Club\nAug 2023 – Jul 2024\n\n"
        "• Ran training logistics and the club budget\n"
    )
    assert entries(text) == [
        ("Barista", "Cafe Luna", "2020-01", "2021-03"),
        ("Vice-President", "KBU Dragon Boat Club", "2023-08", "2024-07"),
    ]


def test_a_table_header_printed_with_single_spaces_is_no_employer() -> None:
    text = (
        "SEA SERVICE RECORD\n\nVessel Position Company Sign On Sign Off\n"
        "--------------- ---------------- ------------------- ----------- -----------\n"
        "MV Sea Lantern   Assistant Waiter   Solenne Cruise Line   10-Jan-2025   02-Sep-2025\n"
        "MV Coral Vesper   Assistant Waiter   Solenne Cruise Line   14-Mar-2024   22-Oct-2024\n"
    )
    found = entries(text)
    assert [(t, s, e) for t, _, s, e in found] == [
        ("Assistant Waiter", "2025-01", "2025-09"),
        ("Assistant Waiter", "2024-03", "2024-10"),
    ]
    assert all(o and "Sign" not in o for _, o, _, _ in found)


def test_a_self_employed_note_under_a_dated_role_is_no_second_role() -> None:
    text = (
        "Experience\nDelivery Rider, DashDrop   Jul 2023 - Oct 2024\nWattle Creek QLD\n"
        "Self-employed contractor (own ABN)\n• Food delivery by e-bike, mostly evenings\n"
    )
    assert entries(text) == [("Delivery Rider", "DashDrop", "2023-07", "2024-10")]


def test_a_season_and_terms_before_a_title_lead_the_title_not_the_employer() -> None:
    text = (
        "Experience\nChristmas Casual - Retail Assistant, Big Barn Variety   Nov 2023 - Jan 2024\n"
        "• Served customers at the till\n"
    )
    assert entries(text) == [
        ("Christmas Casual - Retail Assistant", "Big Barn Variety", "2023-11", "2024-01")
    ]


def test_a_membership_wrapped_in_a_sidebar_is_no_role() -> None:
    text = (
        "Memberships\nStudent member, Nigerian\nSociety of Engineers\n\n"
        "Experience\nSite Engineer, Ardent Build Ltd   Mar 2025 - Feb 2026\n• Supervised pours\n"
    )
    assert [t for t, _, _, _ in entries(text)] == ["Site Engineer"]


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        ("| When | Role | Company |", True),
        ("Dates   Role   Employer", True),
        ("Vessel Position Company Sign On Sign Off", True),
        ("Position Company", False),  # two single-spaced words may be a name
        ("Sales Associate | Acme Stores", False),
    ],
)
def test_table_header_rows(line: str, labels: bool) -> None:
    from cxscore.segmentation import _is_column_labels

    assert _is_column_labels(line) is labels


def test_an_office_after_a_dash_narrows_the_title_and_a_festival_is_an_employer() -> None:
    text = (
        "Experience\nStudent Worker – Financial Aid Office\nAugust 2022 – May 2024\n"
        "Copperline Community College, Copperline, AZ\n• Helped students at the front counter\n\n"
        "Volunteering\nVolunteer – Logistics Team   Jan 2023\nVelanagar Literature Festival\n"
        "• Packed 1,200 delegate kits\n"
    )
    assert entries(text) == [
        (
            "Student Worker – Financial Aid Office",
            "Copperline Community College",
            "2022-08",
            "2024-05",
        ),
        ("Volunteer", "Velanagar Literature Festival", "2023-01", "2023-01"),
    ]


def test_a_bracketed_employer_word_is_no_town_and_bracketed_terms_are_paperwork() -> None:
    text = (
        "Experience\n11/2024 – Present\nKitchen Assistant\n"
        "Casa Ferrán (family restaurant), Villanueva del Cerro, Asturias\n• Prepared the menu\n"
        "05/2024 – 10/2024\nRoom Attendant\nHotel Cala Morisca, Port d'Alcanet, Mallorca\n"
        "Seasonal contract (fijo discontinuo)\n• Cleaned 16–18 rooms daily\n\n"
        "Seasons\n\nSnowmaker (night shift)\n\n"
        "Mt Kererū Ski Area • Kererū Valley • May – Jul 2024\n"
    )
    assert entries(text) == [
        ("Kitchen Assistant", "Casa Ferrán (family restaurant)", "2024-11", "present"),
        ("Room Attendant", "Hotel Cala Morisca", "2024-05", "2024-10"),
        ("Snowmaker (night shift)", "Mt Kererū Ski Area", "2024-05", "2024-07"),
    ]


def test_duties_labelled_with_their_role_go_to_that_role() -> None:
    text = (
        "SEA SERVICE RECORD\n\nVessel Position Company Sign On Sign Off\n"
        "MV Sea Lantern   Assistant Waiter   Solenne Cruise Line   10-Jan-2025   02-Sep-2025\n"
        "MV Coral Vesper   Galley Utility   Solenne Cruise Line   20-May-2023   18-Jan-2024\n\n"
        "Duties as Assistant Waiter (MV Sea Lantern):\n• Served the main dining room\n\n"
        "Duties as Galley Utility (MV Coral Vesper):\n• Washed pots and kitchen equipment\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    found = [(e["title"], e["start"], e["bullets"]) for e in report["experiences"]]
    assert found == [
        ("Assistant Waiter", "2025-01", ["Served the main dining room"]),
        ("Galley Utility", "2023-05", ["Washed pots and kitchen equipment"]),
    ]


def test_a_duty_ending_on_a_particle_does_not_swallow_the_next_dated_role() -> None:
    text = (
        "Employment History\nWard Manager (Band 7)   March 2022 – Present\n"
        "Kingsmere Hospitals NHS Foundation Trust, Wexbury\n"
        "• Meet families face to face when they want to talk it through\n"
        "Junior Sister (Band 6)   August 2017 – February 2022\n"
        "Kingsmere Hospitals NHS Foundation Trust, Wexbury\n• Nurse in charge on days\n"
    )
    assert [(t, s) for t, _, s, _ in entries(text)] == [
        ("Ward Manager (Band 7)", "2022-03"),
        ("Junior Sister (Band 6)", "2017-08"),
    ]


def test_labelled_fields_of_cvs_in_other_languages() -> None:
    text = (
        "Experiência Profissional\n"
        "Empresa: Conecta Call Center Ltda.\nCargo: Operadora de Telemarketing Receptivo\n"
        "Período: 09/2022 até o momento\nAtividades:\nI answer calls from customers.\n\n"
        "Empresa: Supermercado Família Zanetti\nCargo: Operadora de Caixa\n"
        "Período: 01/2016 a 02/2019\nAtividades:\n"
        "I worked the till and helped customers at the checkout.\n"
    )
    assert entries(text) == [
        ("Operadora de Telemarketing Receptivo", "Conecta Call Center Ltda.", "2022-09", "present"),
        ("Operadora de Caixa", "Supermercado Família Zanetti", "2016-01", "2019-02"),
    ]


def test_the_romanian_europass_form_keeps_each_employer_with_its_role() -> None:
    text = (
        "EXPERIENȚĂ PROFESIONALĂ\n\nPerioada | 04.05.2020 – prezent\n\n"
        "Funcția sau postul ocupat | Truck Driver\n\n"
        "Activități și responsabilități principale\n• International transport\n\n"
        "Numele și adresa angajatorului | Sălcia Frigo Trans SRL\n\n"
        "Tipul activității sau sectorul de activitate | Transport rutier\n\n"
        "Perioada | 13.02.2017 – 30.04.2020\n\n"
        "Funcția sau postul ocupat | Warehouse Operator\n\n"
        "Activități și responsabilități principale\n• Picking and loading of orders\n\n"
        "Numele și adresa angajatorului | Nord Logistic Park SRL\n"
    )
    assert entries(text) == [
        ("Truck Driver", "Sălcia Frigo Trans SRL", "2020-05", "present"),
        ("Warehouse Operator", "Nord Logistic Park SRL", "2017-02", "2020-04"),
    ]


def test_titles_and_employers_in_other_languages() -> None:
    text = (
        "EXPÉRIENCES PROFESSIONNELLES\nAgent de saisie (data entry clerk)\n"
        "Fiduciaire Al Amal, Ain Zerka — de septembre 2015 à février 2017\n"
        "• Entry of purchase and sales invoices\n"
        "Técnica de Farmácia   outubro de 2018 – janeiro de 2023\n"
        "Farmácia Nova Esperança | Vila Franca de Alcoa\n• Dispensing of medicines\n"
        "Receptionist (Réceptionniste)   2012 – 2014\nHôtel Les Terrasses, Lyon\n• Check-in\n"
    )
    assert entries(text) == [
        ("Agent de saisie (data entry clerk)", "Fiduciaire Al Amal", "2015-09", "2017-02"),
        ("Técnica de Farmácia", "Farmácia Nova Esperança", "2018-10", "2023-01"),
        ("Receptionist (Réceptionniste)", "Hôtel Les Terrasses", "2012", "2014"),
    ]


def test_a_long_header_of_fields_parted_by_pipes_is_no_duty() -> None:
    text = (
        "EXPERIENCIA LABORAL\nCareer break – maternity and care of my son\n03/2020 – 12/2020\n\n"
        "Auxiliar de enfermería (Nursing Assistant) | Clínica Nuestra Señora del Prado | "
        "Villa del Cerro\n02/2017 – 02/2020\n\n• Vital signs of hospitalized patients\n"
    )
    assert [(t, s) for t, _, s, _ in entries(text)][1] == (
        "Auxiliar de enfermería (Nursing Assistant)",
        "2017-02",
    )


def test_en_chez_and_bei_before_a_name_part_a_title_from_its_employer() -> None:
    text = (
        "EXPERIENCIA\nCajero (Cashier) en Supermercados La Herradura   Mar 2016 – Dic 2018\n"
        "• Attention to customers at the cash register\n\n"
        "Stagiaire en hébergement, Hôtel Kasbah Tislit   07/2014 – 08/2014\n• Rooms\n"
    )
    assert entries(text) == [
        ("Cajero (Cashier)", "Supermercados La Herradura", "2016-03", "2018-12"),
        ("Stagiaire en hébergement", "Hôtel Kasbah Tislit", "2014-07", "2014-08"),
    ]


def test_month_name_dates_glued_to_a_title_are_parted_from_it() -> None:
    text = (
        "<html><body><h2>Professional Experience</h2>"
        '<h3>General Manager<span class="dates">January 2021 – Present</span></h3>'
        "<p>Al Sadeem Creek Hotel &amp; Suites, Dubai</p><ul><li>Host key accounts</li></ul>"
        '<h3>Hotel Manager<span class="dates">March 2017 – December 2020</span></h3>'
        "<p>Sahil Pearl Resort, Ras Al Khaimah</p><ul><li>Budgets</li></ul></body></html>"
    )
    report = report_dict(analyze(text.encode(), name="cv.html", as_of=AS_OF))
    assert [(e["title"], e["start"], e["end"]) for e in report["experiences"]] == [
        ("General Manager", "2021-01", "present"),
        ("Hotel Manager", "2017-03", "2020-12"),
    ]


def test_units_after_titles_under_a_dated_employer_line_narrow_the_titles() -> None:
    text = (
        "EXPERIENCE\nPraxon Benefits Group · Overland Ridge, KS   2005 – 2019\n"
        "Vice President, Client Services   June 2014 – December 2019\n• Led client services\n"
        "Director, Call Center Operations   March 2010 – May 2014\n• Ran three sites\n"
        "Trivikram Auto Components Ltd., Pimpalgaon MIDC   Apr 2019 – Present\n"
        "HR Business Partner – Plant Operations   Jan 2022 – Present\n• Grievance meetings\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Vice President, Client Services", "Praxon Benefits Group"),
        ("Director, Call Center Operations", "Praxon Benefits Group"),
        ("HR Business Partner – Plant Operations", "Trivikram Auto Components Ltd."),
    ]


def test_plain_words_after_a_title_over_a_company_name_the_unit() -> None:
    text = (
        "Experience\nRelationship Manager, Retail Banking   February 2018 – May 2023\n"
        "Crestfield Bank Plc, Onikan Quays, Lagos\n• Visited customers at home\n"
    )
    assert entries(text) == [
        ("Relationship Manager, Retail Banking", "Crestfield Bank Plc", "2018-02", "2023-05")
    ]


def test_self_employment_after_a_title_is_its_employer() -> None:
    text = (
        "Work Experience\nRideshare Driver, Independent contractor, Millbrook, AZ   "
        "1/2022–Present\n• 4,800 trips\n\nFreelance Tour Guide — Self-employed, Villaseca del Mar "
        "(May 2021 to present)\nWalking tours for cruise groups.\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Rideshare Driver", "Independent contractor"),
        ("Freelance Tour Guide", "Self-employed"),
    ]


def test_an_irish_county_is_a_place_not_a_company() -> None:
    text = (
        "EXPERIENCE\nHealthcare Assistant   Mar 2019 – Present\n"
        "Ardmore House Nursing Home, Ballincollig, Co. Cork\n• Personal care\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Healthcare Assistant", "Ardmore House Nursing Home")
    ]
    text = (
        "EXPERIENCE\nAu Pair — Glenasmole Bay, Co. Dublin (Sep 2011 to Jun 2012)\n"
        "Lived with a family and looked after two boys.\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [("Au Pair", None)]


def test_a_branch_town_after_titles_under_an_employer_heading_is_no_employer() -> None:
    text = (
        "EXPERIENCE\nPennyfield Home Stores\nStore Manager, Marlow Cross   Mar 2021 – Present\n"
        "• Run a home and garden store\nActing Store Manager, Kellbridge   Jul 2019 – Jan 2020\n"
        "• Seven-month cover\n\nKAROO FRESH SUPERMARKETS\n"
        "Store Manager – Sandvlei (Mar 2015 - Dec 2019)\n• Walk the floor every morning\n"
        "Assistant Store Manager – Sandvlei (2012 - 2015)\n\n"
        "Parcel Peak Fulfilment\nTransport Planner   2022 - Current\n• Planned routes\n"
        "Technical Writer, Tallyhawk Analytics — Norwich, UK   2020 - 2021\n• User guides\n"
    )
    found = [(t, o) for t, o, _, _ in entries(text)]
    assert found[:2] == [
        ("Store Manager", "Pennyfield Home Stores"),
        ("Acting Store Manager", "Pennyfield Home Stores"),
    ]
    # After a dash only a name of no dictionary words is taken for the town.
    assert found[3] == ("Assistant Store Manager", "KAROO FRESH SUPERMARKETS")
    assert found[4:] == [
        ("Transport Planner", "Parcel Peak Fulfilment"),
        ("Technical Writer", "Tallyhawk Analytics"),
    ]


def test_an_employer_after_the_titles_comma_is_parted_from_it_beside_another_field() -> None:
    text = (
        "EXPERIENCE\nPacking Helper, Shree Ganesh Logistics – Bhivpuri Warehouse Park\n"
        "Sept 2022 – Jan 2024\n• Packing e-commerce orders, pasting labels and invoices\n\n"
        "Team Lead, Customer Care | Sunpoint Insurance   2019 – 2022\n• Coached agents\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Packing Helper", "Shree Ganesh Logistics"),
        ("Team Lead, Customer Care", "Sunpoint Insurance"),
    ]


def test_a_unit_after_titles_under_an_employer_heading_stays_in_the_title() -> None:
    text = (
        "PROFESSIONAL EXPERIENCE\n\nBrightline Mutual Insurance — Castle Ridge, NE\n"
        "Director, Customer Care Operations   March 2022 - Present\n• Three contact centers\n\n"
        "Senior Manager, Contact Center   January 2019 - February 2022\n• 160 agents\n\n"
        "Claims Representative, Allied Plains Insurance   2012 - 2015\n• Claims calls\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Director, Customer Care Operations", "Brightline Mutual Insurance"),
        ("Senior Manager, Contact Center", "Brightline Mutual Insurance"),
        ("Claims Representative", "Allied Plains Insurance"),
    ]


def test_a_co_operative_is_an_employer_and_a_year_glued_to_a_title_is_parted() -> None:
    text = (
        "Work Experience\n\nDistribution Centre Manager, Tidewater Grocers Co-operative, "
        "Halcombe, NS, 06/2019 - Present\n• 400,000 sq ft grocery DC\n\n"
        "Team Lead, Member Services, Sunbelt Utilities Cooperative, Redrock Mesa, TX, "
        "11/2010 - 09/2012\n• Coached 14 reps\n\nCommunity\n\nTreasurer2021 – Current\n\n"
        "Wattle Bay Business Chamber\n• Keep the chamber's books\n"
    )
    assert entries(text) == [
        ("Distribution Centre Manager", "Tidewater Grocers Co-operative", "2019-06", "present"),
        ("Team Lead, Member Services", "Sunbelt Utilities Cooperative", "2010-11", "2012-09"),
        ("Treasurer", "Wattle Bay Business Chamber", "2021", "present"),
    ]


def test_a_town_line_under_a_title_and_employer_line_is_no_employer() -> None:
    text = (
        "Experience\n\nHead of Operations @ Swiftkart Nigeria\n\n"
        "Ilemo · March 2018 – December 2020\n\n• Built the dispatch function from scratch\n\n"
        "Car Guard | Letsatsi Plaza | Letsatsi | June 2021 – December 2022\nSelf-employed\n\n"
        "• Looked after shoppers' cars in the parking lot\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Head of Operations", "Swiftkart Nigeria"),
        ("Car Guard", "Letsatsi Plaza"),
    ]


def test_the_shift_after_a_title_is_no_employer() -> None:
    text = (
        "EXPERIENCE\nPrairieland Plastics\nMachine Operator II   4/2021 - Present\n"
        "• Run two injection presses\nQuality Inspector, 2nd Shift   8/2019 - 3/2021\n"
        "• Visual and gauge checks on molded parts\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Machine Operator II", "Prairieland Plastics"),
        ("Quality Inspector, 2nd Shift", "Prairieland Plastics"),
    ]


def test_a_slash_before_an_employer_parts_it_and_a_family_care_break_is_a_break() -> None:
    text = (
        "LAND-BASED EXPERIENCE\n\nService Crew / Bida Burger Food Corp., San Isidro Norte, "
        "Batangas\nJUN 2018 – MAR 2020\n• Counter, drive-thru window and dining area\n\n"
        "Owner / Shopkeeper — Adwoa's Provisions Store\n2015 – 2018\n• Served customers\n\n"
        "Family care break   11.2025 – present\n• Caring for my mother after her operation\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Service Crew", "Bida Burger Food Corp."),
        ("Owner / Shopkeeper", "Adwoa's Provisions Store"),
        ("Family care break", None),
    ]


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("Records As sistant", "Records Assistant"),  # a word split by PDF extraction
        ("Cus tomer Service", "Customer Service"),
        # Two real words stay two, function words included ("toto", "fora" are words too)
        ("September 2019 to to date", "September 2019 to to date"),
        ("call center for a mobile operator", "call center for a mobile operator"),
    ],
)
def test_split_words_are_mended_and_real_words_kept(text: str, mended: str) -> None:
    from cxscore.lexicon import repair_split_words

    assert repair_split_words(text) == mended


def test_a_doubled_to_before_to_date_keeps_the_present() -> None:
    text = (
        "Employment history\nAssistant Cook   September 2019 to to date\n"
        "Redford Catering Services\n• Cook the main meals for 240 pupils\n"
    )
    assert entries(text) == [("Assistant Cook", "Redford Catering Services", "2019-09", "present")]


def test_dates_printed_after_the_last_role_date_the_roles_in_order() -> None:
    """Text pasted from a two-column PDF: the dates column comes after the roles, and an
    undated role of the next section is no part of the run."""
    text = (
        "Experience\nSenior Care Assistant\nFoxglove House, Stoke\n- Lead the floor\n\n"
        "Domiciliary Care Worker\nTrentside Home Care Ltd, Newcastle\n- Visited clients\n\n"
        "Night Cleaner\nHanley Arcade Shopping Centre, Hanley\n- Cleaned the malls\n\n"
        "10/2021 - Present\n03/2018 - 09/2021\n01/2016 - 02/2018\n\n"
        "Volunteering\nBefriender\nSilver Threads\n"
    )
    assert [(t, start, end) for t, _, start, end in entries(text)] == [
        ("Senior Care Assistant", "2021-10", "present"),
        ("Domiciliary Care Worker", "2018-03", "2021-09"),
        ("Night Cleaner", "2016-01", "2018-02"),
        ("Befriender", None, None),
    ]


def test_an_employer_named_red_is_no_duty() -> None:
    """A capitalised word ending in -ed opens a duty ("Managed …", "Led …"); "Red" does not."""
    text = (
        "Work Experience\nHealth Care Aide\nRed River Personal Care Home, Winnipeg, MB\n"
        "May 2022 – Present\n• Morning care for 10 residents\n"
    )
    assert entries(text) == [
        ("Health Care Aide", "Red River Personal Care Home", "2022-05", "present")
    ]


def test_a_shop_named_for_its_trade_is_the_employer() -> None:
    """ "Chemist" heads a title ("Analytical Chemist"); after a brand it names a shop."""
    text = (
        "Experience\nRetail Assistant (Saturdays)   Jul 2021 – Aug 2023\n"
        "Wellcare Chemist, Sandmere\n"
        "• Till, stock and helping customers find products\n\n"
        "Analytical Chemist   2017 – 2021\nNorbridge Labs, Leeds\n• Ran HPLC assays\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Retail Assistant (Saturdays)", "Wellcare Chemist"),
        ("Analytical Chemist", "Norbridge Labs"),
    ]


def test_at_inside_brackets_parts_no_fields() -> None:
    text = (
        "Experience\nBeautician (Salon at Home partner)\nUrbanGlow Services, Kallur\n"
        "Apr-21 to Present\n• Facials at customers' homes\n\n"
        "Barista (part-time, while at uni) — Oct 2014 – Jun 2017\nBeanhouse Coffee, Lowmoor\n\n"
        "Cashier at Tesco   2012 - 2014\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Beautician (Salon at Home partner)", "UrbanGlow Services"),
        ("Barista (part-time, while at uni)", "Beanhouse Coffee"),
        ("Cashier", "Tesco"),
    ]


def test_military_services_and_naval_rates() -> None:
    """ "Coast Guard" and "National Guard" name services, not guards; a naval rate's class
    ("Second Class") follows the head noun of the title it grades."""
    text = (
        "Experience\nBoatswain's Mate Second Class (BM2)   May 2012 – May 2021\n"
        "U.S. Coast Guard, Station Tillamook Point, OR\n• Coxswain on rescue boat crews\n\n"
        "Supply Sergeant (92Y) – Kentucky Army National Guard, Peyton Mills, KY   2015 - Present\n"
        "\nU.S. Navy, USS Tamarack | 3/2014 – 6/2021\nLogistics Specialist Second Class (LS2)\n"
        "• Received and issued repair parts\n\nLifeguard   Summer 2011\nBay Pool\n"
    )
    assert [(t, start) for t, _, start, _ in entries(text)] == [
        ("Boatswain's Mate Second Class (BM2)", "2012-05"),
        ("Supply Sergeant (92Y)", "2015"),
        ("Logistics Specialist Second Class (LS2)", "2014-03"),
        ("Lifeguard", "2011-06"),
    ]


def test_a_town_named_for_mills_after_an_employer() -> None:
    """ "Owings Mills, MD" after an employer is the place; "Pte Ltd, Singapore" alone still
    ends an employer's name."""
    text = (
        "Experience\n"
        "Forklift Operator – Tri-County Lumber & Supply, Owings Mills, MD   2016 - 2018\n"
        "\nProduction Operator   2013 - 2015\nHsin Yuan Electronics Co., Ltd., Taiwan\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Forklift Operator", "Tri-County Lumber & Supply"),
        ("Production Operator", "Hsin Yuan Electronics Co., Ltd."),
    ]


def test_family_leave_heads_its_dates_after_duties() -> None:
    """A career break's line straight after a role's duties, over its dates, is an entry;
    "Family Leave – full-time parent" stays one title."""
    text = (
        "Experience\nCamp Nurse\nCamp Tamarack Lake, Pocono Ridge, PA\nSummer 2024\n"
        "• Sick call for 220 campers\n"
        "Family leave – stay-at-home parent and caregiver for my father\nJune 2016 – August 2025\n"
        "Staff Nurse\nMercy Hill Pavilion, Brook Ferry, PA\nJune 2008 – May 2016\n• Ward care\n"
        "\nFamily Leave – full-time parent   March 2005 – June 2008\n"
    )
    assert [(t, start, end) for t, _, start, end in entries(text)] == [
        ("Camp Nurse", "2024-06", "2024-08"),
        ("Family leave – stay-at-home parent and caregiver for my father", "2016-06", "2025-08"),
        ("Staff Nurse", "2008-06", "2016-05"),
        ("Family Leave – full-time parent", "2005-03", "2008-06"),
    ]


def test_a_dated_achievement_under_a_break_is_no_role() -> None:
    """ "Completed the Google Project Management Certificate (2023)": a duty verb and one
    year tell what was done, not a role."""
    text = (
        "Experience\nCareer break – raising two children\n2017 – 2023\n"
        "Completed the Google Project Management Certificate (2023)\n\n"
        "Project Coordinator\nAlder & Finch Architects\nApril 2012 – February 2017\n• Schedules\n"
    )
    assert [t for t, *_ in entries(text)] == [
        "Career break – raising two children",
        "Project Coordinator",
    ]


def test_dates_after_duties_when_the_last_role_has_none() -> None:
    """Each role's dates follow its duties; the last role, without duties, sits between the
    dates above and its own."""
    text = (
        "Experience\nRevenue Manager\nPraia Resort, Lagos\n• Pricing across 240 rooms\n"
        "• Weekly reports\n2022-02 – current\n\nReservations Supervisor\nPraia Resort, Lagos\n"
        "• Team of 6 agents\n2019-04 – 2022-01\n\nReservations Agent\nHotel Miradouro, Faro\n"
        "• Inbound calls\n2017-03 – 2019-03\n\nSummer Receptionist\nVila Sol-Mar, Portimao\n"
        "2016-06 – 2016-09\n"
    )
    assert [(t, start, end) for t, _, start, end in entries(text)] == [
        ("Revenue Manager", "2022-02", "present"),
        ("Reservations Supervisor", "2019-04", "2022-01"),
        ("Reservations Agent", "2017-03", "2019-03"),
        ("Summer Receptionist", "2016-06", "2016-09"),
    ]


def test_more_trades_head_titles() -> None:
    """ "Croupier" and "Waitron" (South African English) head their titles."""
    text = (
        "Experience\nCroupier (Grade A)   January 2015 – July 2022\n• Dealing roulette\n\n"
        "The Olive Press Bistro, Paarl   Feb 2013 – Dec 2014\nWaitron\n• Served tables\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Croupier (Grade A)", None),
        ("Waitron", "The Olive Press Bistro"),
    ]


def test_key_result_areas_label_the_duties_of_each_role() -> None:
    """ "Key Result Areas:" under each role of an Indian CV labels its duties; it heads no
    section of its own."""
    text = (
        "Professional Experience\nFinvantage Global Services Pvt. Ltd., Pune   Nov'21 – till date\n"
        "Senior Process Associate\nKey Result Areas:\n• Escrow analysis for a US lender\n"
        "Callnest Solutions, Pune   Jan'18 – Jul'19\nCustomer Support Executive (Voice)\n"
        "Key Result Areas:\n• Inbound calls for a DTH provider\n"
    )
    assert [(t, o, s) for t, o, s, _ in entries(text)] == [
        ("Senior Process Associate", "Finvantage Global Services Pvt. Ltd.", "2021-11"),
        ("Customer Support Executive (Voice)", "Callnest Solutions", "2018-01"),
    ]


def test_worked_as_a_title_with_an_employer() -> None:
    """ "Worked as Teller with Al Dana Exchange LLC, Dubai.": a role's header in words."""
    text = (
        "Experience Summary:\nJanuary 2019 to May 2022\n"
        "Worked as Teller with Al Dana Exchange LLC, Meena Bazaar branch, Dubai.\n"
        "Cash remittance for walk-in customers and foreign currency exchange at the counter.\n"
        "From 2014 to 2015\nWorked as Office Assistant with Shetty & Rao Associates, Udupi.\n"
    )
    assert [(t, o, s) for t, o, s, _ in entries(text)] == [
        ("Teller", "Al Dana Exchange LLC", "2019-01"),
        ("Office Assistant", "Shetty & Rao Associates", "2014"),
    ]


def test_dates_glued_to_a_state_code_or_a_title() -> None:
    """ "Brampstead, ONNov 2019 – Apr 2022" and "Camp CounsellorSummer 2016": an HTML span's
    dates run on from the text before them."""
    text = (
        "Experience\nCareway Central Fill — Brampstead, ONNov 2019 – Apr 2022\n\n"
        "Central Fill Technician\n\n• Ran the line\n\nCamp CounsellorSummer 2016\n\n"
        "Camp Lac-Vert, Saint-Aubin, NB\n\n• Led a cabin\n"
    )
    assert entries(text) == [
        ("Central Fill Technician", "Careway Central Fill", "2019-11", "2022-04"),
        ("Camp Counsellor", "Camp Lac-Vert", "2016-06", "2016-08"),
    ]


def test_a_certification_line_under_a_role_is_no_role() -> None:
    """ "Certification: CCMA, NHA (2023)" under a role's header is a fact about the person, not
    a role dated 2023 that takes the employer's line."""
    text = (
        "Clinical Experience\nCertified Medical Assistant   01/2023 - Current\n"
        "Tidewell Urgent Care, San Lorenzo Bay, CA\nCertification: CCMA, NHA (2023)\n"
        "• Room 30-45 patients per shift\n"
    )
    assert entries(text) == [
        ("Certified Medical Assistant", "Tidewell Urgent Care", "2023-01", "present")
    ]


def test_tickets_head_the_licences_held() -> None:
    """ "TICKETS" (Australia, New Zealand) lists licences and cards, not roles or duties; a
    "Science Explainer" is a title."""
    text = (
        "Experience\nDiscovery Point Science Museum, Bayard, NM   Sep 2024 – Present\n"
        "Science Explainer (part-time)\n• Floor demos and birthday party science shows\n\n"
        "TICKETS\nCert III Captive Animals (2020)\nCurrent WWCC, First Aid\nManual driver licence\n"
    )
    assert entries(text) == [
        ("Science Explainer (part-time)", "Discovery Point Science Museum", "2024-09", "present")
    ]


def test_a_header_in_the_first_person_is_a_title() -> None:
    """ "Looking after my grandchildren", "Lawn Care (my own business)": alone on its header
    and without a job-title noun, a line in the person's own words says what they did; it is
    no employer."""
    text = (
        "Experience\nLawn Care (my own business)   Jun 2023 – Sep 2025\n• Mowed for neighbours\n"
        "\nLooking after my grandchildren   2020 – 2024\n\nCedar Mills Stores   2015 – 2019\n"
        "• Till and stock\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Lawn Care (my own business)", None),
        ("Looking after my grandchildren", None),
        (None, "Cedar Mills Stores"),
    ]


def test_a_role_in_training_is_a_title_not_a_heading() -> None:
    """ "Counsellor-in-Training" set in bold names a role; "training" in it heads no education
    section."""
    text = (
        "Experience\nCashier\nRaghunathan Sweets, Oakridge\nJul 2024 – Present\n• Ran the till\n"
        "Counsellor-in-Training\nCamp Wendaway, Lake Orrin\nJul – Aug 2025\n• Led a cabin\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Cashier", "Raghunathan Sweets"),
        ("Counsellor-in-Training", "Camp Wendaway"),
    ]


def test_a_unit_dashed_onto_the_title_is_no_rival_employer() -> None:
    """ "Team Leader – Customer Care" over "Shannonside Energy, Limerick": plain words dashed
    onto the title name the line of work; the line below names the employer. A named employer
    on the title's line still beats a town below it."""
    text = (
        "Employment History\nTeam Leader – Customer Care   June 2023 – Present\n"
        "Shannonside Energy, Limerick\n• Lead a team of 14 advisors\n\n"
        "Cashier – Tesco Stores   2015 – 2017\nMilton Keynes\n• Till\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Team Leader – Customer Care", "Shannonside Energy"),
        ("Cashier", "Tesco Stores"),
    ]


def test_a_whole_name_with_its_legal_form_is_no_wrapped_tail() -> None:
    """ "Lumivent Inc." under "Senior Data Analyst, Finance" is the employer's whole name;
    "Software Ltd." under "Support Specialist, Lumenvale" ends a wrapped one."""
    text = (
        "Experience\n\nSenior Data Analyst, Finance\nJan. 2024 – present\n"
        "Lumivent Inc., Montréal, QC\n\n• Own the forecast models\n\n"
        "Support Specialist, Lumenvale\nSoftware Ltd., Dublin\nMarch 2019 – May 2021\n• Tickets\n"
    )
    assert [(t, o) for t, o, *_ in entries(text)] == [
        ("Senior Data Analyst, Finance", "Lumivent Inc."),
        ("Support Specialist", "Lumenvale Software Ltd."),
    ]


def test_bracketed_duty_labels_and_katakana_bullets_belong_to_the_role() -> None:
    """A Japanese career history: '[Duties]' labels the lines that follow, as 'Duties:' does,
    and '・' marks them as bullets."""
    text = (
        "Work History\n"
        "2015年4月 ～ 2019年3月    Convenience Store Staff (part-time)\n"
        "[Duties]\n"
        "  ・ Register, parcel delivery service and bill payments for customers\n"
        "  ・ Helped foreign tourists in English with tax-free purchases\n"
        "2019年4月 ～ 現在    Ground Staff (Passenger Service)\n"
        "[Duties]\n"
        "  ・ Check-in counter for four foreign airlines\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    found = report["experiences"]
    assert [e["title"] for e in found] == [
        "Convenience Store Staff (part-time)",
        "Ground Staff (Passenger Service)",
    ]
    assert [len(e["bullets"]) for e in found] == [2, 1]
    assert [e["organization"] for e in found] == [None, None]
    assert [(e["start"], e["end"]) for e in found] == [
        ("2015-04", "2019-03"),
        ("2019-04", "present"),
    ]


@pytest.mark.parametrize(
    ("text", "title", "organization"),
    [
        (
            "Experiencia laboral\n"
            "Analista de Prevención de   mar. 2023 – actualidad\n"
            "Fraudes\n"
            "Banco Azteca del Valle, CDMX\n"
            "• Llamadas salientes a tarjetahabientes para confirmar operaciones\n",
            "Analista de Prevención de Fraudes",
            "Banco Azteca del Valle",
        ),
        (
            "Experience\n"
            "Graduate Teaching Assistant   Oct 2023 – Present\n"
            "School of Chemistry, University of\n"
            "Marlcaster\n"
            "• Led weekly lab sessions for first-year students\n",
            "Graduate Teaching Assistant",
            "School of Chemistry, University of Marlcaster",
        ),
    ],
)
def test_a_header_field_wrapped_after_a_joining_word_goes_on(
    text: str, title: str, organization: str
) -> None:
    ((found_title, found_org, _, end),) = entries(text)
    assert (found_title, found_org, end) == (title, organization, "present")


def test_a_state_code_after_a_town_is_no_joining_word() -> None:
    text = (
        "Experience\n"
        "Lakeview School District   Aug 2019 – Present\n"
        "Fort Wayne, IN\n"
        "Cafeteria Manager\n"
        "• Served 900 students a day and answered parents' questions about menus\n"
    )
    ((title, organization, _, _),) = entries(text)
    assert title == "Cafeteria Manager" and organization == "Lakeview School District"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Experiencia\nBanco Cordillera\nAsesora Comercial\n02/2022 - Actualidad\n"
            "• Atención de clientes en sucursal\n",
            ("Asesora Comercial", "Banco Cordillera", "2022-02", "present"),
        ),
        (
            "Experiência\nLogística Cávado, Guimarães\nRepositora (turno noturno) (2017 – 2019)\n"
            "- Reposição de prateleiras no turno da noite\n",
            ("Repositora (turno noturno)", "Logística Cávado", "2017", "2019"),
        ),
        (
            "Experiencia profesional\n\nMay. 2022 – ActualidadRecepcionista\n\n"
            "Hotel Rambla Blau, Barcelona\n\n• Check-in/out y gestión de reservas\n",
            ("Recepcionista", "Hotel Rambla Blau", "2022-05", "present"),
        ),
        (
            "Experiencia\nCadete administrativo   |   2014-04 a la fecha\n"
            "Estudio Contable Ferraro & Asoc., Rosario\n• Trámites bancarios\n",
            ("Cadete administrativo", "Estudio Contable Ferraro & Asoc.", "2014-04", "present"),
        ),
    ],
)
def test_spanish_and_portuguese_roles_and_running_ranges(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert entries(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Expérience professionnelle\nMeusecall SA, Verdun\nTéléconseiller niveau 2\n"
            "04/2021 – aujourd'hui\n• Prise en charge des appels clients\n",
            ("Téléconseiller niveau 2", "Meusecall SA", "2021-04", "present"),
        ),
        (
            "Expérience\nBrasserie Saint-Fiacre, Paris\nCommis de rang\n2017 – 2019\n"
            "• Service en salle\n",
            ("Commis de rang", "Brasserie Saint-Fiacre", "2017", "2019"),
        ),
        (
            "Parcours professionnel\n"
            "avril 2022 – maintenant · Gérante adjointe — Chez Lili, Lévis\n"
            "• Gestion des horaires\nprintemps 2018 · Plongeuse — Érablière du Rang Sud\n"
            "• Plonge pendant le temps des sucres\n",
            ("Plongeuse", "Érablière du Rang Sud", "2018-03", "2018-05"),
        ),
    ],
)
def test_french_roles_seasons_and_running_ranges(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert entries(text)[-1] == expected
    if "maintenant" in text:
        assert entries(text)[0] == ("Gérante adjointe", "Chez Lili", "2022-04", "present")


def test_the_outsourced_account_of_a_contact_centre_role_is_no_part_of_its_title() -> None:
    text = (
        "Experience\n"
        "Team Leader – Account: US Internet Provider | Mindanao Outsource Hub Inc. | Davao City"
        "   Feb 2023 ~ Present\n"
        "• Coached 14 agents on handle time and customer satisfaction\n"
        "Chat Support Associate (Campaign: Online Marketplace) | Brightlane Outsourcing Corp."
        "   Jul 2020 – Feb 2022\n"
        "• Answered buyer chats about orders and refunds\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Team Leader", "Mindanao Outsource Hub Inc."),
        ("Chat Support Associate", "Brightlane Outsourcing Corp."),
    ]


def test_a_compound_title_is_no_employer_and_an_association_is_no_role() -> None:
    from cxscore.lexicon import is_compound_role

    assert is_compound_role("fahrradkurier") and is_compound_role("zaterdaghulp")
    assert not is_compound_role("lebenshilfe")  # an association, not a helper
    assert not is_compound_role("shipwright") and not is_compound_role("leiter")
    # a German title for a woman, not a name ("Backhaus Severin")
    assert is_compound_role("regalauffüllerin") and is_compound_role("lektorin")
    assert not is_compound_role("severin")


def test_roles_under_an_employer_heading_whose_titles_are_trade_words() -> None:
    text = (
        "Experience\nHollins Farm Riding School, Ludlow\nRiding Instructor   09/2020 – Present\n"
        "• Teach group lessons\nHead Groom   03/2017 – 08/2020\n• Daily care of 22 horses\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Riding Instructor", "Hollins Farm Riding School"),
        ("Head Groom", "Hollins Farm Riding School"),
    ]


def test_a_present_word_split_in_two_still_ends_a_running_range() -> None:
    text = (
        "Experience\nVisitor Guide | Halden Maritime Museum | Nottingham, UK | 08/2023 – Cur rent\n"
        "• Answered visitor questions at the welcome desk\n"
    )
    assert entries(text) == [("Visitor Guide", "Halden Maritime Museum", "2023-08", "present")]


def test_labelled_blocks_with_a_duty_label_in_portuguese() -> None:
    text = (
        "EXPERIÊNCIA PROFISSIONAL\nEmpresa: Transportadora Rápido Nordeste Ltda.\n"
        "Cargo: Motorista Entregador\nPeríodo: 06/2020 a atual\nPrincipais atividades:\n"
        "• Entrega de mercadorias em residências\n\nEmpresa: Atacadão Pernambucano\n"
        "Cargo: Conferente\nPeríodo: 03/2017 a 05/2020\nPrincipais atividades:\n"
        "• Conferência de cargas\n"
    )
    assert entries(text) == [
        ("Motorista Entregador", "Transportadora Rápido Nordeste Ltda.", "2020-06", "present"),
        ("Conferente", "Atacadão Pernambucano", "2017-03", "2020-05"),
    ]


def test_an_employer_word_in_the_title_does_not_make_the_employer_below_a_town() -> None:
    # "Festival" is an employer word, but it names the title's setting: the line below,
    # standing alone, is the employer, and the dashed field narrows the title.
    text = (
        "Volunteering\n\nFestival Volunteer – Info Point (July 2023)\n"
        "Aldercombe Folk Weekend\n- Answered questions and sold programmes\n"
    )
    assert entries(text) == [
        ("Festival Volunteer – Info Point", "Aldercombe Folk Weekend", "2023-07", "2023-07")
    ]


@pytest.mark.parametrize("text", ["Volunteer rota app", "Customer Experience Dashboard"])
def test_a_project_named_with_a_section_word_is_no_heading(text: str) -> None:
    assert heading_kind(text, styled=True) is None


# One role each, in header forms of CVs written in other languages or glued by extraction.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Werkervaring\nBrabant Distributie B.V., Tilburg\nVrachtwagenchauffeur\n"
            "2008 – 2014\n• Ritten naar winkels in heel Brabant\n",
            ("Vrachtwagenchauffeur", "Brabant Distributie B.V.", "2008", "2014"),
            id="german-dutch-italian-1",
        ),
        pytest.param(
            "Berufserfahrung\nKanzlei Dr. Maurer & Partner, Stuttgart\n"
            "Empfangsmitarbeiterin (Teilzeit)\n01.2024 – heute\n• Empfang der Mandanten\n",
            (
                "Empfangsmitarbeiterin (Teilzeit)",
                "Kanzlei Dr. Maurer & Partner",
                "2024-01",
                "present",
            ),
            id="german-dutch-italian-2",
        ),
        pytest.param(
            "Berufliche Erfahrung\nPflegefachfrau HF – Kantonsspital Eulachtal, Winterthur   |   "
            "10.2021 – heute\n• Pflege und Betreuung von Patienten\n",
            ("Pflegefachfrau HF", "Kantonsspital Eulachtal", "2021-10", "present"),
            id="german-dutch-italian-3",
        ),
        pytest.param(
            "Esperienza professionale\nDate: 11/2021 – in corso\n"
            "Lavoro o posizione ricoperti: Operatore call center inbound\n"
            "Nome e indirizzo del datore di lavoro: Partenope Contact S.r.l., Napoli\n"
            "• Assistenza telefonica ai clienti\n",
            ("Operatore call center inbound", "Partenope Contact S.r.l.", "2021-11", "present"),
            id="german-dutch-italian-4",
        ),
        pytest.param(
            "Esperienze lavorative\nPeriodo: 02/2021 – attuale\n"
            "Posizione: Operatrice socio-sanitaria\nDatore di lavoro: RSA Villa dei Tigli\n"
            "• Assistenza agli ospiti\n",
            ("Operatrice socio-sanitaria", "RSA Villa dei Tigli", "2021-02", "present"),
            id="german-dutch-italian-5",
        ),
        pytest.param(
            "Work Experience\nApprenticeship as Hotel Management Assistant (Ausbildung zur\n"
            "Hotelfachfrau)\nParkhotel Sonnenhang, Weilersbach   08/2017 – 07/2020\n"
            "• Rotation through housekeeping and front office\n",
            (
                "Apprenticeship as Hotel Management Assistant (Ausbildung zur Hotelfachfrau)",
                "Parkhotel Sonnenhang",
                "2017-08",
                "2020-07",
            ),
            id="german-dutch-italian-6",
        ),
        pytest.param(
            "Experiencia laboral\nPapelería y Litografía El Cóndor, Quito\nMensajero\n"
            "01/2018 – 05/2019\n• Entrega de pedidos a clientes\n",
            ("Mensajero", "Papelería y Litografía El Cóndor", "2018-01", "2019-05"),
            id="spanish-portuguese-french-1",
        ),
        pytest.param(
            "Experiência profissional\nTécnica de Enfermagemabr/2020 – atual\n"
            "Hospital Comunitário Vila Nova do Sul\n• Cuidados a pacientes internados\n",
            (
                "Técnica de Enfermagem",
                "Hospital Comunitário Vila Nova do Sul",
                "2020-04",
                "present",
            ),
            id="spanish-portuguese-french-2",
        ),
        pytest.param(
            "Expérience professionnelle\nCHSLD Saint-Augustin — Beauport\n"
            "Préposée aux bénéficiaires (PAB)\n05/2021 – à nos jours\n• Soins d'hygiène\n",
            ("Préposée aux bénéficiaires (PAB)", "CHSLD Saint-Augustin", "2021-05", "present"),
            id="spanish-portuguese-french-3",
        ),
        pytest.param(
            "Expériences\nCollaboratrice service clientèle   fév '21 – ce jour\n"
            "Wallonergie SA, Charleroi\n• Appels entrants\n",
            ("Collaboratrice service clientèle", "Wallonergie SA", "2021-02", "present"),
            id="spanish-portuguese-french-4",
        ),
        pytest.param(
            "Experience\nStore Assistant – Outback Rural Supplies, Roma QLDSep 2022 – Present\n"
            "• Served farmers at the counter\n",
            ("Store Assistant", "Outback Rural Supplies", "2022-09", "present"),
            id="month-glued-to-state-1",
        ),
        pytest.param(
            "Experience\nOwner/Operator | GreenBlade Lawn LLC | Tulsa, OKMar '19 – Now\n"
            "• Quoted jobs for homeowners\n",
            ("Owner/Operator", "GreenBlade Lawn LLC", "2019-03", "present"),
            id="month-glued-to-state-2",
        ),
        pytest.param(
            "Experience\nHarvest Truck Driver – Dawson Grain Co., Emerald QLDOct – Dec 2018\n"
            "• Carted grain to the silos\n",
            ("Harvest Truck Driver", "Dawson Grain Co.", "2018-10", "2018-12"),
            id="month-glued-to-state-3",
        ),
        pytest.param(
            "Perfil\nComunicativa e paciente.\n"
            "Percurso profissional\nEmpregada de Mesa   Maio 2018 – Presente\n"
            "Restaurante O Lavrador, Guimarães\n• Atendimento e serviço às mesas\n",
            ("Empregada de Mesa", "Restaurante O Lavrador", "2018-05", "present"),
            id="running-range-1",
        ),
        pytest.param(
            "Esperienza\nAddetta customer care – Moda Navigli S.r.l., Milano 2022-09 / ad oggi\n"
            "• Risposta a e-mail e chat dei clienti\n",
            ("Addetta customer care", "Moda Navigli S.r.l.", "2022-09", "present"),
            id="running-range-2",
        ),
        pytest.param(
            "Berufserfahrung\n12/2021 bis dato\nRezeptionistin\nHotel Waldhof, Steinreith\n"
            "• Check-in und Check-out\n",
            ("Rezeptionistin", "Hotel Waldhof", "2021-12", "present"),
            id="running-range-3",
        ),
        pytest.param(
            "Werkervaring\nKlantenservicemedewerker, Stroomlijn Energie B.V., Hoogeveld, "
            "apr '23 – nu\nInkomende gesprekken over jaarafrekeningen en verhuizingen.\n"
            "Gemiddeld 55 gesprekken per dag.\n",
            ("Klantenservicemedewerker", "Stroomlijn Energie B.V.", "2023-04", "present"),
            id="running-range-4",
        ),
    ],
)
def test_one_role_read_from_its_header(text: str, expected: tuple[str, str, str, str]) -> None:
    assert entries(text) == [expected]


def test_german_roles_under_an_employer_heading_with_inline_duty_labels() -> None:
    # "Tätigkeiten: …" before the duties is a label, as "Duties: …" is: no employer line.
    text = (
        "Beruflicher Werdegang\nHafenstadt Spedition GmbH, Kiel\n"
        "Disponentin   03/2019 – heute\nTätigkeiten: Tourenplanung, Rückfragen von Kunden\n"
        "Lagerhelferin   01/2016 – 02/2019\nAufgaben: Kommissionierung und Verladung\n"
        "TSV Grün-Weiß Ellerbek e.V., Kiel\nJugendtrainerin (ehrenamtlich)   seit 2014\n"
        "Tätigkeiten: Training der E-Jugend\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    got = [(e["title"], e["organization"], e["bullets"]) for e in report["experiences"]]
    assert got == [
        ("Disponentin", "Hafenstadt Spedition GmbH", ["Tourenplanung, Rückfragen von Kunden"]),
        ("Lagerhelferin", "Hafenstadt Spedition GmbH", ["Kommissionierung und Verladung"]),
        (
            "Jugendtrainerin (ehrenamtlich)",
            "TSV Grün-Weiß Ellerbek e.V.",
            ["Training der E-Jugend"],
        ),
    ]


@pytest.mark.parametrize(
    "title",
    ["Call-Center-Agent Outbound", "Qualitätsmanagerin Kundenservice", "Werkstudent IT-Support"],
)
def test_a_german_title_heads_with_its_first_word_before_a_qualifier(title: str) -> None:
    text = f"Praktische Erfahrung\nNordlicht Versicherung AG, Bremen\n{title} (01/2020 – 02/2022)\n"
    assert entries(text) == [(title, "Nordlicht Versicherung AG", "2020-01", "2022-02")]


@pytest.mark.parametrize(
    "line", ["Elternzeit", "Karenz", "Familienphase (Kindererziehung)", "Congé parental"]
)
def test_a_career_break_in_another_language_has_no_employer(line: str) -> None:
    text = f"Berufserfahrung\n05/2019 – 02/2021   {line}\n"
    assert entries(text) == [(line, None, "2019-05", "2021-02")]


def test_caring_for_a_relative_heads_a_break_and_is_no_duty_of_the_role_above() -> None:
    text = (
        "Employment History\nOnline Grocery Picker\nOctober 2019 – February 2021\n"
        "Kelvin Foods, Glasgow\n• Picked home-delivery orders\nCaring for a family member\n"
        "January 2018 – September 2019\n• Full-time carer for my father after his stroke\n"
    )
    assert entries(text) == [
        ("Online Grocery Picker", "Kelvin Foods", "2019-10", "2021-02"),
        ("Caring for a family member", None, "2018-01", "2019-09"),
    ]


@pytest.mark.parametrize(
    "employer", ["United Parcel Service", "Caring Hands Agency", "Darling Downs Electrical"]
)
def test_an_employer_whose_first_word_ends_like_a_verb_is_no_duty(employer: str) -> None:
    # "United", "Caring", "Darling": every word capitalised, a name, not "Delivered parcels".
    text = (
        f"Experience\n{employer}, Greyfield, MI\nSupervisor   Oct 2021 – Present\n"
        "• Supervised the loading crew\nDriver   Mar 2017 – Sep 2021\n"
        "Delivered parcels to homes and Businesses Across Town\n"
    )
    assert entries(text) == [
        ("Supervisor", employer, "2021-10", "present"),
        ("Driver", employer, "2017-03", "2021-09"),
    ]


def test_an_employer_line_with_its_town_and_province_over_dates_first_roles() -> None:
    # Neither "Atlantic Seafood Processors" nor "Eastbank, NS" names a role; the town with its
    # province code is the place.
    text = (
        "Experience\n\nAtlantic Seafood Processors, Eastbank, NS\n\n"
        "Jan 2022 – Jun 2024 Shipping Coordinator\n\n• Booked reefer containers\n\n"
        "Jan 2019 – Dec 2021 Plant Worker\n\n• Graded and packed fish\n"
    )
    assert entries(text) == [
        ("Shipping Coordinator", "Atlantic Seafood Processors", "2022-01", "2024-06"),
        ("Plant Worker", "Atlantic Seafood Processors", "2019-01", "2021-12"),
    ]


def test_military_police_is_a_soldiers_trade_under_the_service() -> None:
    text = (
        "Experience\nU.S. Army, Fort Deverell, TX   January 2016 – January 2021\n"
        "Military Police (31B)\n• Patrolled family housing\n"
    )
    assert entries(text) == [("Military Police (31B)", "U.S. Army", "2016-01", "2021-01")]


def test_an_institution_named_our_lady_of_is_the_employer_not_a_title() -> None:
    text = (
        "Employment History\n\nStaff Nurse September 2018 – December 2021\n\n"
        "Our Lady of Pilarosa Medical Center, Pilarosa\n• Administered medications\n\n"
        "Teacher 2014 – 2018\n\nOur Lady's Grammar School, Newry\n• Taught Year 9 French\n"
    )
    assert entries(text) == [
        ("Staff Nurse", "Our Lady of Pilarosa Medical Center", "2018-09", "2021-12"),
        ("Teacher", "Our Lady's Grammar School", "2014", "2018"),
    ]


def test_greater_than_signs_mark_duties() -> None:
    text = (
        "WORK EXPERIENCE\n\nIndustrial Trainee – Hotel Sapphire Residency, Kesarpur   "
        "Jul '22 - Dec '22\n  > 22 weeks of training in Front Office and F&B Service\n"
        "  > Served guests in the coffee shop\n\n"
        "Tele-caller – Smartlearn Edutech, Amrapali Nagar   May '20 - Sep '20\n"
        "  > Called parents about courses\n"
    )
    assert entries(text) == [
        ("Industrial Trainee", "Hotel Sapphire Residency", "2022-07", "2022-12"),
        ("Tele-caller", "Smartlearn Edutech", "2020-05", "2020-09"),
    ]


def test_a_resume_forwarded_in_a_quoted_email_loses_the_quoting() -> None:
    from cxscore.from_text import unquote_mail

    body = (
        "> WORK EXPERIENCE\n> Deli Assistant, Mulvey's Foodstore, Ballyfearna\n"
        "> Jun 2020 – Jan 2022\n> o   Made rolls for the lunchtime queue\n"
        "> Lifeguard, Ballyfearna Leisure Centre\n> Jun 2019 – Aug 2019\n"
        ">   > Supervised the pool\n"
    )
    text = "From: Clodagh\nSubject: CV\n\n" + body
    assert entries(text) == [
        ("Deli Assistant", "Mulvey's Foodstore", "2020-06", "2022-01"),
        ("Lifeguard", "Ballyfearna Leisure Centre", "2019-06", "2019-08"),
    ]
    # A few "> " bullets among plain lines are no quoting.
    few = "Experience\nCashier, Lidl\n> Served shoppers\n> Counted tills\nHobbies\nChess\nRunning"
    assert unquote_mail(few) == few


def test_a_buddy_is_a_role() -> None:
    text = (
        "LEADERSHIP & ACTIVITIES\nReading Buddy   Sep 2023 – May 2025\n"
        "Avondell Elementary School, Avondell, VT\n• Read one-on-one with second graders\n"
    )
    assert entries(text) == [("Reading Buddy", "Avondell Elementary School", "2023-09", "2025-05")]


def test_dutyless_roles_of_one_shape_each_open_with_their_dates() -> None:
    # One role with duties cannot vote the section's order; the block of two duty-less
    # roles, each a dated title over its employer, shows it by itself.
    text = (
        "EMPLOYMENT\nGym Receptionist   2024 – 2025\nPeakForm Fitness, Coolibah Downs WA\n"
        "• Sign up new members\nSwim Instructor   2021 – 2023\n"
        "Coolibah Aquatic & Leisure, Coolibah Downs WA\nResearch Assistant   2025\n"
        "Swan Coast University, Coolibah Downs WA\n• Entered gait-lab data\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Gym Receptionist", "PeakForm Fitness"),
        ("Swim Instructor", "Coolibah Aquatic & Leisure"),
        ("Research Assistant", "Swan Coast University"),
    ]


def test_a_short_duty_closing_unbulleted_duties_is_no_header() -> None:
    text = (
        "Work Experience\n\nCrew Member\nMarquee 12 Cinemas, Tulsa, OK\n"
        "December 2025 to Present\nSell tickets and concessions, check tickets at the door\n"
        "Clean theaters between showings\n\nStocker\nDollar Depot, Tulsa, OK\n"
        "March 2025 to November 2025\nUnloaded freight and stocked shelves\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Crew Member", "Marquee 12 Cinemas"),
        ("Stocker", "Dollar Depot"),
    ]


@pytest.mark.parametrize("mark", ["", "### "])
def test_a_duty_less_role_leaves_the_next_employers_line_to_its_role(mark: str) -> None:
    # Roles laid out as an employer line over a dated title line: a role without duties
    # must not keep the employer line that follows it after a blank line (in plain text the
    # two roles share one block; as Markdown headings, the dated line starts a block).
    text = (
        f"EXPERIENCE\n\n{mark}Bluewing Airlines — Harmon Field Airport\n"
        "Customer Service Agent · May 2022 – Present\n\n• Check-in and gate\n\n"
        f"{mark}Sal's Grill — Fairmont City, NC\nLine Cook · Apr 2015 – May 2017\n\n"
        f"{mark}Dairy Hut — Fairmont City, NC\nCrew Member · Jun 2013 – Mar 2015\n\n"
        "• Drive-thru window and front counter\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Customer Service Agent", "Bluewing Airlines"),
        ("Line Cook", "Sal's Grill"),
        ("Crew Member", "Dairy Hut"),
    ]


def test_school_leaders_under_a_leadership_heading() -> None:
    # A leadership section keeps role-like headers only: a headteacher and a "Head of …" are
    # roles.
    text = (
        "LEADERSHIP EXPERIENCE\nHeadteacher   Sep 2019 – Current\n"
        "Carn Brea Community School, Redruth\n• Lead 140 staff\n"
        "Head of Geography   Sep 2008 – Aug 2014\nPenwith Academy, Penzance\n"
        "• Led a department of six\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Headteacher", "Carn Brea Community School"),
        ("Head of Geography", "Penwith Academy"),
    ]


def test_a_shop_named_for_its_trade_is_the_employer_beside_its_town() -> None:
    text = (
        "Experience\nSaturday Sales Assistant   September 2016 – December 2018\n"
        "Bellamy's Chemist, Thornbury Vale\n• Served customers at the counter\n"
    )
    assert [e[:2] for e in entries(text)] == [("Saturday Sales Assistant", "Bellamy's Chemist")]


def test_the_employer_after_at_outranks_a_short_place_line_below() -> None:
    text = (
        "Experience\nGraphic Designer at Kauri & Co Creative   Nov 2021 – Present\n"
        "Ōtaki Junction\n• Design packaging\n"
        "Print Operator at Inkwell Print & Copy   Feb 2017 – May 2019\nLevin Park\n"
        "• Ran the digital press\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Graphic Designer", "Kauri & Co Creative"),
        ("Print Operator", "Inkwell Print & Copy"),
    ]


def test_premises_after_the_employer_are_its_place_not_the_employer() -> None:
    text = (
        "Experience\nSales Assistant   October 2023 – Present\n"
        "Hartley Shoes, Kilcarra Shopping Centre\n• Measured feet\n"
        "Checkout Operator, Fresh Harvest Supermarket\n"
        "Aorere, Wellington region | Nov 2022 – Jul 2024\n• Weekend checkouts\n"
        # A centre named first employs its own staff.
        "Trolley Collector   2019 – 2020\nWestridge Shopping Centre, Brisbane QLD\n"
        "• Collected trolleys\n"
        # "at" before the employer outranks a town of three words under it.
        "Work Placement at Riverlea Lodge\n\nNov 2018 – Jan 2019\nMount Sorrel SA\n"
        "• Supported residents\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Sales Assistant", "Hartley Shoes"),
        ("Checkout Operator", "Fresh Harvest Supermarket"),
        ("Trolley Collector", "Westridge Shopping Centre"),
        ("Work Placement", "Riverlea Lodge"),
    ]


def test_a_term_of_training_after_the_head_noun_keeps_the_title() -> None:
    text = (
        "Experience\nFundy Shore Power, Saint John NB\nData Analyst Co-op   May 2025 – Aug 2025\n"
        "• Built dashboards\n\nAspen Grove Lodge\n"
        "Health Care Aide Practicum   Sep 2024 – Oct 2024\n"
        "• Helped residents\n\nSTUDENT PLACEMENT\nStudent Nurse   Jan 2006 – Mar 2006\n"
        "Ashby Lees District Nursing Team\n• Visited housebound patients\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Data Analyst Co-op", "Fundy Shore Power"),
        ("Health Care Aide Practicum", "Aspen Grove Lodge"),
        ("Student Nurse", "Ashby Lees District Nursing Team"),
    ]


def test_board_service_heads_a_section_of_board_roles() -> None:
    text = (
        "EXPERIENCE\nProgram Coordinator   August 2007 – May 2011\n"
        "Twin Rivers Youth Alliance, St. Paul, MN\n• Ran after-school programs\n"
        "BOARD SERVICE\nBoard Secretary   2021 – Present\n"
        "Minnesota Hunger Coalition, St. Paul, MN\n"
        "BOARDS AND COMMITTEES\nTeacher Nominee, Board of Management   2005 – 2011\n"
        "St Declan's Community School, Ballinacrusha\n• Sat on the finance sub-committee\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Program Coordinator", "Twin Rivers Youth Alliance"),
        ("Board Secretary", "Minnesota Hunger Coalition"),
        ("Teacher Nominee, Board of Management", "St Declan's Community School"),
    ]


def test_a_desk_dashed_onto_the_title_narrows_it_before_the_employer() -> None:
    text = (
        "Experience\n03/2020 - 06/2021   Foodbank Volunteer - Welcome Desk — Marrowby Foodbank, "
        "Marrowby\n• Welcomed clients\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Foodbank Volunteer - Welcome Desk", "Marrowby Foodbank")
    ]


def test_a_duty_in_a_table_rows_last_cell_is_not_the_employer() -> None:
    text = (
        "Experience\n2017-01 to 2018-08 | Sales Representative | Island Mobile, Kingston | "
        "Signed up 40+ post-paid customers a month at mall kiosks\n\n"
        "03/2017 – 12/2018 | Nanny | Private family, Norwood SA | "
        "Cared for two children aged 1 and 4, school runs and activities\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Sales Representative", "Island Mobile"),
        ("Nanny", "Private family"),
    ]


def test_a_profile_sites_employment_type_after_the_employer_is_no_role() -> None:
    text = (
        "Volunteering\n\nVolunteer Firefighter\n\nMusquodoboit Harbour Fire Brigade · Volunteer\n"
        "Jan 2017 – Present · 9 yrs 11 mos\nNova Scotia\n\n• Respond to fires\n\n"
        "Designer\n\nKite Studio · Self-employed\nApr 2016 – Apr 2019 · 3 yrs 1 mo\n\n• Logos\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Volunteer Firefighter", "Musquodoboit Harbour Fire Brigade"),
        ("Designer", "Kite Studio"),
    ]


def test_an_employer_name_wrapped_before_a_pipe_is_joined() -> None:
    text = (
        "EXPERIENCE\nReal-Time Analyst | Luzvimin Outsourcing   Jun 2019 – Oct 2020\n"
        "Corp. | Pilarosa\n• Monitored queues\n"
        "Service Crew | Jollyhaus Burgers | Pilarosa   Apr 2017 – Mar 2018\n• Took orders\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Real-Time Analyst", "Luzvimin Outsourcing Corp."),
        ("Service Crew", "Jollyhaus Burgers"),
    ]


def test_a_name_fragment_between_pipes_goes_on_to_the_name_below() -> None:
    text = (
        "EXPERIENCE\nClinical Director & Physiotherapist | Seafront   Apr 2017 – Present\n"
        "Physio & Sports Clinic | Brighton\n• Treat patients\n"
        "Senior Physiotherapist (Band 6) | Downs & Weald Aug 2009 – Jan 2013\n"
        "NHS Trust | Haywards Heath\n• Treated outpatients\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Clinical Director & Physiotherapist", "Seafront Physio & Sports Clinic"),
        ("Senior Physiotherapist (Band 6)", "Downs & Weald NHS Trust"),
    ]


@pytest.mark.parametrize(
    "employer_line",
    [
        "Kindred Homecare Services, Eastwold and villages",
        "Listening Post Ireland, Carrigmore branch",
    ],
)
def test_capitalised_words_before_a_comma_name_an_employer_not_a_duty(employer_line: str) -> None:
    # "Listening …" and "Kindred …" open like duty verbs ("Listened", "Kindled"); the words
    # in lower case come after the comma, past the name
    text = (
        f"EXPERIENCE\nHelpline Volunteer\n{employer_line}\n10.2013 – 6.2016\n"
        "• One overnight shift a month answering calls\n"
        "Student Nurse\nSt Fintan Hospital, Carrigmore\n9.2015 – 8.2016\n• Rostered on wards\n"
    )
    found = entries(text)
    assert [(e[0], e[2], e[3]) for e in found] == [
        ("Helpline Volunteer", "2013-10", "2016-06"),
        ("Student Nurse", "2015-09", "2016-08"),
    ]


def test_a_name_wrapped_after_the_titles_pipe_goes_on_before_a_town() -> None:
    text = (
        "EXPERIENCE\nPrincipal Solutions Consultant | Meridian\nGrid Software | Chicago, IL\n"
        "2020-01 – Present\n• Run demos for prospects\n"
        "Pre-Sales Engineer | Alder Creek\nSystems | Naperville, IL\n"
        "2015-04 – 2019-12\n• Delivered demos to prospects\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Principal Solutions Consultant", "Meridian Grid Software"),
        ("Pre-Sales Engineer", "Alder Creek Systems"),
    ]


def test_a_name_wrapped_after_on_goes_on_before_the_pipe_below() -> None:
    text = (
        "EXPERIENCE\nCafé Assistant (Saturdays) | The Pantry on   Oct 2023 – Jun 2024\n"
        "Westgate | Sevenbridge\n• Took orders at the counter\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Café Assistant (Saturdays)", "The Pantry on Westgate")
    ]


def test_a_unit_after_the_titles_comma_leaves_the_employer_line_above() -> None:
    text = (
        "Experience\nUnited States Postal Service, Greyfield, MI\n"
        "Supervisor, Customer Services (EAS-17)   Oct. 2021 – Present\n• Supervise carriers\n"
        "Mail Processing Clerk   Mar. 2017 – Sep. 2021\n• Ran letter sorting machines\n"
    )
    assert [e[:2] for e in entries(text)] == [
        ("Supervisor, Customer Services (EAS-17)", "United States Postal Service"),
        ("Mail Processing Clerk", "United States Postal Service"),
    ]


def test_a_role_named_two_ways_with_a_slash_is_the_title_below_its_employer() -> None:
    text = (
        "Employment History\nWattle Grove Aged Care, Goldfields Creek VIC   May 2023 – Current\n"
        "Cleaner / Environmental Services\n• Clean residents' rooms to infection control\n"
    )
    assert entries(text) == [
        ("Cleaner / Environmental Services", "Wattle Grove Aged Care", "2023-05", "present")
    ]


@pytest.mark.parametrize(
    ("header", "title", "org"),
    [
        (
            "Frischmarkt Kessler e.K.\nRegalauffüllerin",
            "Regalauffüllerin",
            "Frischmarkt Kessler e.K.",
        ),
        ("Druckwerk Grazer Straße OG\nLektorin", "Lektorin", "Druckwerk Grazer Straße OG"),
        (
            "Druckwerk Grazer Straße OG\nMediengestalter (Teilzeit)",
            "Mediengestalter (Teilzeit)",
            "Druckwerk Grazer Straße OG",
        ),
        (
            "Techlink Systemhaus GmbH\nIT-Servicetechniker Field Service",
            "IT-Servicetechniker Field Service",
            "Techlink Systemhaus GmbH",
        ),
        (
            "Bistro De Gouden Leeuw\nZaalverantwoordelijke",
            "Zaalverantwoordelijke",
            "Bistro De Gouden Leeuw",
        ),
    ],
)
def test_german_and_dutch_titles_under_their_employer(header: str, title: str, org: str) -> None:
    text = f"Berufserfahrung\n09/2019 – 02/2021\n{header}\n• Waren eingeräumt\n"
    assert entries(text) == [(title, org, "2019-09", "2021-02")]


def test_german_duty_lines_without_bullets_show_by_their_small_words() -> None:
    text = (
        "Berufserfahrung\nBetriebsleiter Systemgastronomie   09/2014 – 02/2019\n"
        "Burger Point AG, Chur\n"
        "Dienstpläne und Inventuren für drei Filialen\n"
        "Besuch von Restaurants und Privatkunden in der Ostschweiz\n"
    )
    got = duty_counts(text)
    assert got == [("Betriebsleiter Systemgastronomie", "Burger Point AG", 2)]


def test_a_dated_header_in_an_activities_section_names_its_role_before_the_dates() -> None:
    text = (
        "Campus involvement\n\nPeer Mentor Sep 2011 – Apr 2013\n"
        "University of Moncton – Student Success Centre, Moncton, NB\n"
        "• Met first-year students weekly to help with study plans\n\n"
        "Employee of the Month, May 2012\n"
    )
    assert [(t, s, e) for t, _, s, e in entries(text)] == [("Peer Mentor", "2011-09", "2013-04")]


def test_table_labels_after_a_colon_and_a_cell_border_start_their_own_fields() -> None:
    text = (
        "Employment History\n\nPosition: | Support Coordinator\n"
        "Company: | Unity Pathways Disability Services (Adelaide SA)\n"
        "Duration: | August 2023 – Current\n\n• Caseload of 38 NDIS participants\n\n"
        "Position: | Production Worker\n\nCompany: | Elizabeth Linen Services (Elizabeth SA)\n\n"
        "Duration: | March 2016 – December 2017\n\n• Fed ironers and folded linen\n"
    )
    assert entries(text) == [
        ("Support Coordinator", "Unity Pathways Disability Services", "2023-08", "present"),
        ("Production Worker", "Elizabeth Linen Services", "2016-03", "2017-12"),
    ]


def test_a_date_column_with_each_start_over_its_end() -> None:
    text = (
        "EXPERIENCE\nMAY 2023   Guest Services Supervisor\nCurrent\n"
        "Maple Crest Lodge & Spa   Canmore, AB\n• Handle guest escalations\n"
        "05/2020   Receptionist\n12/2022   Gasthof Alpenrose   Garmisch-Partenkirchen\n"
        "• Check-in and check-out\n\nAug 2017\nApr 2020\nFitzroy VIC\nBarista\nLaneway Roasters\n"
        "• Head barista on the main machine\n"
    )
    assert entries(text) == [
        ("Guest Services Supervisor", "Maple Crest Lodge & Spa", "2023-05", "present"),
        ("Receptionist", "Gasthof Alpenrose", "2020-05", "2022-12"),
        ("Barista", "Laneway Roasters", "2017-08", "2020-04"),
    ]


def test_a_range_wrapped_in_a_date_column_and_read_across_the_title_beside_it() -> None:
    text = (
        "EXPERIENCE\nReservations Sales Agent\n01/2021 –\nAnatolia Skyways, Istanbul\nPresent\n"
        "• Inbound calls and chat\nGround Services Agent\n11/2018 –\n"
        "Bosphorus Aviation Services, Istanbul Airport\n12/2020\n• Rebooked passengers\n"
    )
    assert entries(text) == [
        ("Reservations Sales Agent", "Anatolia Skyways", "2021-01", "present"),
        ("Ground Services Agent", "Bosphorus Aviation Services", "2018-11", "2020-12"),
    ]


def test_a_seafarers_sign_on_label_is_no_employer() -> None:
    text = (
        "SEA-BASED EXPERIENCE\n\nWaiter\nCelestine Ocean Cruises\nVessel: MS Halcyon Star\n\n"
        "Sign on 04 Feb 2025 – Sign off 27 Oct 2025\n\n• Served a station of 6 tables\n\n"
        "Assistant Waiter\nCelestine Ocean Cruises\n\n"
        "Sign on 16 Jan 2023 – Sign off 30 Sep 2023\n\n• Bread, water and coffee service\n"
    )
    assert entries(text) == [
        ("Waiter", "Celestine Ocean Cruises", "2025-02", "2025-10"),
        ("Assistant Waiter", "Celestine Ocean Cruises", "2023-01", "2023-09"),
    ]


def test_a_place_under_title_dot_employer_is_that_employers_town() -> None:
    text = (
        "## Experience\n\n### QA Engineer · Tucano Pay\n"
        "*03/2022 – Current* — São Paulo (remote)\n\n- Own end-to-end test automation\n\n"
        "### Customer Support Agent · Feira Livre Online\n"
        "*11/2017 – 07/2019* — Porto Alegre\n\n- Answered buyers by chat\n"
    )
    assert entries(text) == [
        ("QA Engineer", "Tucano Pay", "2022-03", "present"),
        ("Customer Support Agent", "Feira Livre Online", "2017-11", "2019-07"),
    ]


def test_a_known_city_under_title_and_employer_is_the_place_not_the_employer() -> None:
    text = (
        "EXPERIENCE\nHelp Desk Technician, Instituto Técnico Río de la Plata   2016 – 2018\n"
        "Buenos Aires\n• Supported teachers and students\n"
        "Customer Support Team Lead\nCobaltix, Lviv / remote\n2023-06 — now\n"
        "• Lead 8 agents on live chat\n"
    )
    assert entries(text) == [
        ("Help Desk Technician", "Instituto Técnico Río de la Plata", "2016", "2018"),
        ("Customer Support Team Lead", "Cobaltix", "2023-06", "present"),
    ]


def test_a_sole_traders_area_under_the_title_is_no_employer() -> None:
    text = (
        "EXPERIENCE\nMobile Hairdresser   Mar 2018 – Present\nRotherham & Sheffield\n"
        "• Cut and style for 35 regular clients a week in their homes\n"
        "Driving Instructor   Sep 2016 to date\nCardiff & the Vale\n• Teach 35 learners a week\n"
        "Freelance Copywriter   09/2019 – present\nYork (remote)\n• Write product pages\n"
        "Senior Consultant   2008 – 2011\nMendoza & Arango Consultores\n• Advised clients\n"
    )
    assert entries(text) == [
        ("Mobile Hairdresser", None, "2018-03", "present"),
        ("Driving Instructor", None, "2016-09", "present"),
        ("Freelance Copywriter", None, "2019-09", "present"),
        ("Senior Consultant", "Mendoza & Arango Consultores", "2008", "2011"),
    ]


def test_the_shipped_place_names_carry_their_geonames_attribution() -> None:
    import json
    from importlib import resources

    data = json.loads(resources.files("cxscore").joinpath("data/places.json").read_text("utf-8"))
    assert "GeoNames" in data["attribution"] and "CC BY 4.0" in data["attribution"]
    assert {"Buenos Aires", "Lviv", "Sao Paulo"} <= set(data["names"])
    assert not {"Orange", "Mobile", "Split"} & set(data["names"])  # English words first


def test_a_list_of_roles_each_with_one_date_is_no_date_column() -> None:
    text = (
        "EXPERIENCE\n2016   Sales Assistant, Brightway Stores\n"
        "2017   Waiter, The Anchor Inn\n2018   Barista, Bean There\n"
    )
    assert [(t, s, e) for t, _, s, e in entries(text)] == [
        ("Sales Assistant", "2016", "2016"),
        ("Waiter", "2017", "2017"),
        ("Barista", "2018", "2018"),
    ]


def test_a_note_on_a_return_under_an_employer_heading_leaves_the_heading_over_its_roles() -> None:
    text = (
        "Experience\nThe Lakeshore Hotel & Spa, Killarney\n"
        "Returned in April 2021 after two and a half years in airline reservations\n"
        "Front Office Manager\nMar 2023 – Present\n• Lead a front office team of 14\n"
        "Guest Relations Executive\nApr 2021 – Feb 2023\n• Looked after returning guests\n"
    )
    assert entries(text) == [
        ("Front Office Manager", "The Lakeshore Hotel & Spa", "2023-03", "present"),
        ("Guest Relations Executive", "The Lakeshore Hotel & Spa", "2021-04", "2023-02"),
    ]


def test_a_note_on_a_job_made_permanent_under_an_employer_heading_is_no_header() -> None:
    text = (
        "EMPLOYMENT\nKookaburra Telecom, Fortitude Valley, Brisbane\n"
        "Started through Peoplebridge Recruitment; made permanent August 2021\n"
        "Jul 2024 – Current   Complaints Resolution Specialist\n• Own complaints at risk\n"
        "Aug 2021 – Jun 2024   Customer Service Consultant\n• Billing and internet queries\n"
    )
    assert entries(text) == [
        ("Complaints Resolution Specialist", "Kookaburra Telecom", "2024-07", "present"),
        ("Customer Service Consultant", "Kookaburra Telecom", "2021-08", "2024-06"),
    ]


def test_a_duty_saying_the_person_returned_stays_a_duty() -> None:
    text = (
        "EXPERIENCE\nCabin Crew Member, Skyhaven Airways   May 2022 – Present\n"
        "• Rejoined as permanent crew in May 2022 after a seasonal contract\n"
        "• Safety demonstrations and service on short-haul flights\n"
    )
    (entry,) = report_dict(analyze(text.encode(), as_of=AS_OF))["experiences"]
    assert len(entry["bullets"]) == 2 and entry["start"] == "2022-05"


def test_a_job_continued_over_a_page_break_is_one_entry_with_all_its_duties() -> None:
    text = (
        "EXPERIENCE\nNight Stockroom Colleague   Sep 2017 – May 2019\nParkway Value Stores\n"
        "• Unloaded deliveries\n• Filled shelves overnight\n"
        "Jane Smith – CV – page 2\nParkway Value Stores (continued)\n• Rotated chilled stock\n"
        "Kitchen Assistant   Jun 2016 – Aug 2016\nThe Copper Kettle Tearoom\n• Washed up\n"
    )
    got = duty_counts(text)
    assert got == [
        ("Night Stockroom Colleague", "Parkway Value Stores", 3),
        ("Kitchen Assistant", "The Copper Kettle Tearoom", 1),
    ]


def test_a_continued_mark_before_the_title_or_on_an_employer_heading() -> None:
    text = (
        "EXPERIENCE\nCashier   Mar 2014 – Sep 2016\nMountain Mart Convenience\n• Ran the till\n"
        "CONTINUED: Cashier, Mountain Mart Convenience\n• Counted the safe at close\n"
        "PRAIRIE HOME CENTRE\nDepartment Supervisor   May 2013 – Jul 2016\n• Led the garden team\n"
        "PRAIRIE HOME CENTRE (continued from previous page)\nReceiver   Mar 2011 – Apr 2013\n"
        "• Checked deliveries against purchase orders\n"
    )
    got = duty_counts(text)
    assert got == [
        ("Cashier", "Mountain Mart Convenience", 2),
        ("Department Supervisor", "PRAIRIE HOME CENTRE", 1),
        ("Receiver", "PRAIRIE HOME CENTRE", 1),
    ]


@pytest.mark.parametrize(
    "labels",
    [
        "Role | Where | Dates | Notes",
        "Title | Dates | What I did",
        "Position | Store | Period | Duties",
    ],
)
def test_a_tables_column_labels_with_notes_store_or_what_i_did_are_no_role(labels: str) -> None:
    text = (
        f"EXPERIENCE\nSagebrush Fulfillment Inc., Reno, NV\n{labels}\n"
        "Escalations Specialist | 2024-09 – present\n• Own escalated tickets\n"
    )
    assert [t for t, _, _, _ in entries(text)] == ["Escalations Specialist"]


def test_a_table_rows_last_cell_of_duties_is_no_employer() -> None:
    text = (
        "EXPERIENCE\nSagebrush Fulfillment Inc. — Reno, NV\n"
        "Escalations Specialist | 2024-09 – present | Own escalated tickets from the phone and "
        "chat teams: lost parcels, damaged goods, chargebacks\n"
        "Stylist | Princes Street | 10/2023 – 08/2024 | • One-to-one styling<br>• Client book\n"
        "08/2019 - 09/2023 | Merchandiser | Saigon Star Garment Co., Ltd. – Ho Chi Minh City\n"
    )
    got = duty_counts(text)
    assert got[0] == ("Escalations Specialist", "Sagebrush Fulfillment Inc.", 1)
    assert got[1][0] == "Stylist" and got[1][2] == 2
    assert got[2][0] == "Merchandiser" and got[2][2] == 0  # a name, not a duty
    assert got[2][1].startswith("Saigon Star Garment Co.")


def test_a_long_header_with_a_title_first_over_a_place_and_dates_is_no_duty() -> None:
    text = (
        "Work Experience\nTax Preparer — Self-employed\nTucson, AZ | January 2021 – Present\n"
        "• Answer IRS and state notices for clients year-round\n"
        "Claims Processor (contract) — Contract – national health insurer (via staffing agency)\n"
        "Remote | March 2018 – December 2020\n• Adjudicated 70–90 medical claims a day\n"
    )
    assert [(t, s, e) for t, _, s, e in entries(text)] == [
        ("Tax Preparer", "2021-01", "present"),
        ("Claims Processor (contract)", "2018-03", "2020-12"),
    ]


def test_a_one_word_brand_then_its_role_in_brackets() -> None:
    text = (
        "EXPERIENCE\nTacoza (Cashier)   Mar 2019 - Jul 2020\n"
        "Target (Cashier)   Aug 2020 - Dec 2021\n• Ran the till\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Cashier", "Tacoza"),
        ("Target (Cashier)", None),
    ]


def test_an_activity_done_on_ones_own_account_is_the_role_not_an_employer() -> None:
    text = (
        "EXPERIENCE\nBabysitting (self employed)   2017 - 2019\n• Watched two neighbours' kids\n"
        "Appointment Setter (Freelance)   06/2019 - 04/2020\n• Booked calls for clients\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Babysitting", None),
        ("Appointment Setter", None),
    ]


def test_a_line_on_how_a_job_ended_is_neither_header_nor_duty() -> None:
    text = (
        "EXPERIENCE\nBrindle Print Solutions Ltd, Wakefield\nOffice Manager   Apr 2014 – Jan 2025\n"
        "Site closed January 2025 – made redundant\n• Ran the office for a print firm\n"
        "Operations Coordinator   06/2019 – 10/2023\nLumenary Software, Pittsburgh, PA\n"
        "Position eliminated in a company-wide layoff, October 2023\n• Owned vendor contracts\n"
        "Laid off (oil downturn) – upgrading courses   Apr 2016 – Dec 2016\n"
        "Hotel Shuttle Driver | Palm Crescent Resort | Ajman   Feb 2014 – Feb 2016\n"
        "• Shuttle for hotel guests\n"
    )
    assert [(t, s, e) for t, _, s, e in entries(text)] == [
        ("Office Manager", "2014-04", "2025-01"),
        ("Operations Coordinator", "2019-06", "2023-10"),
        ("Laid off (oil downturn) – upgrading courses", "2016-04", "2016-12"),
        ("Hotel Shuttle Driver", "2014-02", "2016-02"),
    ]


def test_a_summary_list_dated_by_years_and_the_roles_again_by_month_are_one_history() -> None:
    text = (
        "Career Summary\nCustomer Service Representative, Kauri Energy Ltd   2018 – 2020\n"
        "Telephone Interviewer, Pacific Research Panel Ltd   2016 – 2018\n"
        "Employment History\n\nCustomer Service Representative   Feb 2018 – Aug 2020\n"
        "Kauri Energy Ltd, Auckland\n• Inbound calls on bills and payment arrangements\n\n"
        "Telephone Interviewer (part-time)   Jun 2016 – Jan 2018\n"
        "Pacific Research Panel Ltd, Auckland\n• Called members of the public to run surveys\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    got = [(e["title"], e["start"], e["end"], len(e["bullets"])) for e in report["experiences"]]
    assert got == [
        ("Customer Service Representative", "2018-02", "2020-08", 1),
        ("Telephone Interviewer", "2016-06", "2018-01", 1),
    ]


@pytest.mark.parametrize(
    ("header", "title", "org"),
    [
        (
            "Barkly Street Chemist, Footscray VIC | 01/2022 – Current\nPharmacy Assistant",
            "Pharmacy Assistant",
            "Barkly Street Chemist",
        ),
        (
            "Retail Assistant   Feb 2017 – Oct 2019\nLakeside Discount Chemist, Wendouree VIC",
            "Retail Assistant",
            "Lakeside Discount Chemist",
        ),
        (
            "Analytical Chemist   Feb 2017 – Oct 2019\nNorthgate Laboratories, Leeds",
            "Analytical Chemist",
            "Northgate Laboratories",
        ),
    ],
)
def test_a_chemist_after_a_place_or_brand_is_a_pharmacy(header: str, title: str, org: str) -> None:
    text = f"Employment History\n\n{header}\n• Served customers at the front counter\n"
    assert [(t, o) for t, o, _, _ in entries(text)] == [(title, org)]


def test_a_collective_staff_title_names_a_role_in_an_activities_section() -> None:
    text = (
        "Activities\n\nEvent Staff (Casual)   Nov 2019 – Feb 2021\nYarra Events Co., Melbourne\n"
        "• Ushered patrons and scanned tickets at concerts\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Event Staff (Casual)", "Yarra Events Co.")
    ]


def test_an_employer_then_its_role_in_brackets() -> None:
    text = (
        "EXPERIENCE\nParcelWay Fulfillment Center (Picker/Packer)   Jan 22 - Present\n"
        "• Pick orders with an RF scanner\n\n"
        "Gonzalez Supermercado (stock associate)   Aug 20 - Dec 21\n"
        "• Stocked shelves\n\nYear Head (Assistant Principal I)   2019 - 2021\n• Pastoral care\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Picker/Packer", "ParcelWay Fulfillment Center"),
        ("stock associate", "Gonzalez Supermercado"),
        ("Year Head (Assistant Principal I)", None),
    ]


def test_section_names_in_a_column_of_their_own_beside_their_first_lines() -> None:
    text = (
        "Jasmine Morrow\nSummary   Nine years in hospital access and scheduling.\n"
        "Experience   Patient Access Representative   02/2023 – Present\n"
        "Hollins Memorial Hospital   Roanoke, VA\n• Register ED patients at the bedside\n"
        "Education   Associate of Applied Science, Roanoke Valley Community College, 2016\n"
        "Certifications   Certified Healthcare Access Associate (CHAA) – 2021\n"
    )
    assert entries(text) == [
        ("Patient Access Representative", "Hollins Memorial Hospital", "2023-02", "present")
    ]
    # a role and its dates beside it is no heading, nor is a line of dates after a heading word
    roles = "EXPERIENCE\nVolunteer   2019 – 2021\nMeals on Wheels\nEducation   2015 – 2018\n"
    document = read_document(roles.encode(), name="x.txt")
    assert [s.kind for s in split_sections(document)] == [SectionKind.EXPERIENCE]


def test_a_colon_parts_a_role_from_its_employer_on_a_headers_only_line() -> None:
    text = (
        "Work Experience\nMAINTENANCE TECH: LAKEVIEW APARTMENTS\n6/2020-present\n"
        "• Complete work orders inside tenant apartments\n\n"
        "Team Leader: Customer Care   2019 – 2020\nSiyanda Mobile (Pty) Ltd\n• Coached agents\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("MAINTENANCE TECH", "LAKEVIEW APARTMENTS"),
        ("Team Leader: Customer Care", "Siyanda Mobile (Pty) Ltd"),
    ]


def test_a_registration_among_memberships_is_no_role() -> None:
    text = (
        "Professional Membership\n-----------------------\n"
        "Registered Health Records Officer, Health Records Officers Registration Board - 2018\n"
        "Treasurer, Enugu Health Records Association   2019 - 2022\n"
    )
    assert [(t, s) for t, _, s, _ in entries(text)] == [("Treasurer", "2019")]


def test_a_referee_over_a_dated_entry_is_a_role_not_the_references_section() -> None:
    text = (
        "ACTIVITIES\nReferee\nRegina Minor Hockey\n"
        "• Officiated U9 to U13 games, dealt with coaches and parents\n2019 – 2022\n\n"
        "EDUCATION\nCampbell Collegiate, Grade 12 — 2024\n\n"
        "Referee\nJohn Smith, Manager, Prairie Burger, 306-555-0100\n"
    )
    assert [(t, o, s, e) for t, o, s, e in entries(text)] == [
        ("Referee", "Regina Minor Hockey", "2019", "2022")
    ]


def test_an_employer_line_under_its_title_heads_no_role_below() -> None:
    text = (
        "Work History\n\n### Car Wash Attendant\nSplash Zone Express | Pasadena, TX | "
        "Apr 2019 – Jun 2020\n* Greeted customers at the pay station\n\n### Lawn care crew\n"
        "Summer 2018\n* mowing / edging with a neighborhood landscaper\n\n"
        "Cluck Shack, Houston\nShift Lead   Jan 2022 – Present\n• Ran shifts\n"
        "Crew Trainer   Jul 2020 – Dec 2021\n• Trained new hires\n"
    )
    assert [(t, o) for t, o, _, _ in entries(text)] == [
        ("Car Wash Attendant", "Splash Zone Express"),
        ("Lawn care crew", None),
        ("Shift Lead", "Cluck Shack"),
        ("Crew Trainer", "Cluck Shack"),
    ]


@pytest.mark.parametrize("label", ["Career Break", "CAREER BREAK", "Parental leave:"])
def test_a_break_over_the_role_of_its_spell_is_no_employer(label: str) -> None:
    text = (
        "Experience\n\nMission Trails Energy, San Antonio, TX\n"
        "Customer Care Representative   Jan 2026 – Present\n• Answer inbound calls on billing\n"
        f"{label}\nFamily Caregiver   May 2019 – Oct 2025\n• Full-time care for both parents\n"
        "Frontera National Bank, San Antonio, TX\nTeller   Aug 1990 – May 1998\n• Cash\n"
    )
    assert [(title, org) for title, org, _, _ in entries(text)] == [
        ("Customer Care Representative", "Mission Trails Energy"),
        ("Family Caregiver", None),
        ("Teller", "Frontera National Bank"),
    ]


@pytest.mark.parametrize(
    "note",
    [
        "Weekends only",
        "(Fri/Sat nights)",
        "(casual, home games)",
        "Weekday mornings, 25 hrs/week",
        "Part-time during college",
        "Independent contractor, 25-35 hrs/week",
    ],
)
def test_a_line_of_the_hours_a_job_took_is_no_employer(note: str) -> None:
    text = (
        "Experience\n\nBarista | Little Oak Espresso | Carlton VIC   Jun 2023 – Current\n"
        f"{note}\n• Saturday and Sunday on the machine\n\n"
        "Sales Assistant   Sep 2018 – Aug 2019\nKilbride Books, Galway\n"
        f"{note}\n• Served customers at the till\n"
    )
    assert duty_counts(text) == [
        ("Barista", "Little Oak Espresso", 1),
        ("Sales Assistant", "Kilbride Books", 1),
    ]


@pytest.mark.parametrize("title", ["Weekend Supervisor", "Night Auditor", "Evening Shift Lead"])
def test_a_title_naming_a_time_of_the_week_is_still_a_title(title: str) -> None:
    text = f"Experience\n\nHarbour Hotel, Leith\n{title}   Jun 2023 – Current\n• Ran the desk\n"
    assert duty_counts(text) == [(title, "Harbour Hotel", 1)]


def test_the_hours_wrapped_from_a_duty_stay_in_the_duty() -> None:
    text = (
        "Experience\n\nBar Attendant  |  February 2021 – Current\nThe Crown, Leeds\n"
        "  - Pour beer and serve 300+ patrons on Friday and\n    Saturday nights\n"
        "  - Check ID and refuse service politely\n"
    )
    report = report_dict(analyze(text.encode(), as_of=AS_OF))
    assert report["experiences"][0]["bullets"][0].endswith("on Friday and Saturday nights")


def test_own_account_over_a_town_is_the_employer_field_and_takes_none_from_above() -> None:
    text = (
        "Experience\n\nVertex Dial Solutions, Karachi   2019 – 2023\nQuality Analyst\n"
        "• Scored calls\n\nSelf-employed, Karachi   2016 – 2019\nHome Tutor\n"
        "• Tutored O-Level students at their homes\n\n"
        "Self-employed, Kaur Tailoring House   2012 – 2014\nTailor\n• Sewed and altered\n"
    )
    assert [(title, org) for title, org, _, _ in entries(text)] == [
        ("Quality Analyst", "Vertex Dial Solutions"),
        ("Home Tutor", "Self-employed"),
        ("Tailor", "Kaur Tailoring House"),
    ]


def test_a_numbered_line_over_a_job_field_is_that_jobs_title() -> None:
    text = (
        "WORK EXPERIENCE\n\n1. Data Entry Operator\n"
        "Company   : Ceyline Garments (Pvt) Ltd, Ja-Ela\n"
        "Period   : 2024.02.01 – to date\nDuties:\n• Enter daily production output\n"
        "• Prepare attendance summaries\n\n2. Receptionist\nCompany   : Lagoon Crest Hotel\n"
        "Period   : 2023.03.01 – 2024.01.31\nDuties:\n• Check-in and check-out of guests\n"
    )
    assert duty_counts(text) == [
        ("Data Entry Operator", "Ceyline Garments (Pvt) Ltd", 2),
        ("Receptionist", "Lagoon Crest Hotel", 1),
    ]


@pytest.mark.parametrize("area", ["Evansville area", "Toledo metro", "Dublin 2"])
def test_a_known_town_and_its_area_is_no_employer(area: str) -> None:
    text = (
        f"WORK HISTORY:\nShopper & Delivery Driver - CartRunner, {area}   04/2022 - Present\n"
        "• Shop grocery orders in store\n"
    )
    assert [(title, org) for title, org, _, _ in entries(text)] == [
        ("Shopper & Delivery Driver", "CartRunner")
    ]


def test_a_summary_row_with_title_and_employer_swapped_is_the_same_role() -> None:
    text = (
        "Organizational Experience\nOrganization | Designation | Period\n\n"
        "Zamindar Microfinance Bank Ltd. | Customer Services Officer | 02-Jan-2018 to 10-Aug-2019\n"
        "\nIndus Crescent Bank Ltd. | Internee – Trade Finance | 01-Jul-2017 to 31-Aug-2017\n\n"
        "Job Descriptions\n"
        "Designation   : Customer Services Officer\n"
        "Organization   : Zamindar Microfinance Bank Ltd.\n"
        "Period   : 02-Jan-2018 to 10-Aug-2019\nResponsibilities:\n• Opened accounts\n\n"
        "Designation   : Internee – Trade Finance\nOrganization   : Indus Crescent Bank Ltd.\n"
        "Period   : 01-Jul-2017 to 31-Aug-2017\nResponsibilities:\n• Scanned LC documents\n"
        "• Filed shipping documents\n"
    )
    assert duty_counts(text) == [
        ("Customer Services Officer", "Zamindar Microfinance Bank Ltd.", 1),
        ("Internee – Trade Finance", "Indus Crescent Bank Ltd.", 2),
    ]


def test_an_award_or_a_sports_team_in_an_activities_section_is_no_role() -> None:
    text = (
        "Work Experience\n\nTeam Leader   2018 – 2021\nLotus Bay Contact Solutions\n"
        "• Led a team of 14 agents\n\nAwards\n• Best Team Leader (2019)\n"
        "• Best Salesman – Western Region, Al Sahel Foodstuff Trading Co. (2023)\n\n"
        "Extra Curricular Activities\nMember of the school netball team   2011 – 2013\n"
        "Treasurer, Debating Society   2012 – 2013\n"
    )
    assert [title for title, _, _, _ in entries(text)] == ["Team Leader", "Treasurer"]


def test_an_employer_over_a_city_and_its_postal_district() -> None:
    text = (
        "Experience\n\nMar 2022 – Present Commis Chef\nThe Liffey Room, Dublin 2\n"
        "• Larder and pastry sections for a 70-cover restaurant\n"
    )
    assert [(title, org) for title, org, _, _ in entries(text)] == [
        ("Commis Chef", "The Liffey Room")
    ]
