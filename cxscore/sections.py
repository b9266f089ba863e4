"""Find section headings and the kind of each section, across the heading styles people use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from cxscore.document import Document, Span
from cxscore.lexicon import (
    BRACKETED,
    FOREIGN_ROLE_WORDS,
    english_words,
    role_words,
    without_grades,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from cxscore.dates import DateRange


class SectionKind(StrEnum):
    """What a résumé section holds."""

    PREAMBLE = "preamble"  # name and contact lines before the first heading
    EXPERIENCE = "experience"
    VOLUNTEER = "volunteer"
    LEADERSHIP = "leadership"  # leadership, activities, affiliations
    MILITARY = "military"
    INTERNSHIPS = "internships"
    PROJECTS = "projects"
    PUBLICATIONS = "publications"  # publications, talks, patents, grants: never entries
    EDUCATION = "education"
    SKILLS = "skills"
    CERTIFICATIONS = "certifications"
    SUMMARY = "summary"
    ACCOMPLISHMENTS = "accomplishments"
    LANGUAGES = "languages"
    REFERENCES = "references"
    INTERESTS = "interests"
    CONTACT = "contact"
    UNKNOWN = "unknown"


EXPERIENCE_LIKE = frozenset(
    {
        SectionKind.EXPERIENCE,
        SectionKind.VOLUNTEER,
        SectionKind.MILITARY,
        SectionKind.INTERNSHIPS,
        SectionKind.LEADERSHIP,
        SectionKind.ACCOMPLISHMENTS,
    }
)


@dataclass(frozen=True)
class Section:
    """A run of lines under one heading; `heading` is None for the preamble."""

    kind: SectionKind
    heading: str | None
    span: Span
    heading_span: Span | None


# Keyword rules, first match wins; a heading's words are matched after lower-casing.
_RULES: tuple[tuple[SectionKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (
            SectionKind.VOLUNTEER,
            r"\bvolunt(?:eer|ary)|\bcommunity\b|\bcivic\b|\bpro bono\b|\bcharity\b|\boutreach\b"
            r"|\bsocial service\b|\bseva\b|\bhonorary\b"
            # German, Polish, Spanish, French, Italian, Romanian, Turkish, Dutch
            r"|\behrenamt|\bwolontariat\b|\bvoluntariado\b|\bbénévolat\b|\bvolontariato\b"
            r"|\bvoluntariat\b|\bgönüllü|\bvrijwilligerswerk\b",
        ),
        # "Career Summary" and "Research Interests" name no jobs, despite "career" and "research".
        (
            SectionKind.SUMMARY,
            r"\bcareer (?:summary|profile|objective|overview|highlights)\b"
            r"|\b(?:teaching|research|diversity) statement\b",
        ),
        (
            SectionKind.PUBLICATIONS,
            r"\bpublications?\b|\bpresentations\b|\bconferences?\b|\btalks\b|\bpapers\b"
            r"|\bpatents?\b|\bgrants?\b|\bfunding\b|\bresearch interests\b"
            r"|\bsupervision\b|\bstudents supervised\b",
        ),
        # A seafarer's "Sea Service Record" lists merchant ships, not military service.
        (
            SectionKind.MILITARY,
            r"\bmilitary\b(?! police)|\barmed forces\b|(?<!sea )\bservice record\b|\bveteran"
            r"|\bnational service\b|\bcompulsory (?:military )?service\b",
        ),
        (
            SectionKind.INTERNSHIPS,
            r"\binternships?\b|\bplacements?\b|\bco-?op\b|\blearnerships?\b"
            r"|\bapprenticeships?\b|\btraineeships?\b|^praktik(?:a|um)$"
            # Indian articleship, Nigerian SIWES and NYSC, Kenyan industrial attachment
            r"|\barticleship\b|\bindustrial (?:training|attachment)\b|\bsiwes\b|\bnysc\b"
            r"|\bnational youth service\b",
        ),
        (
            SectionKind.LEADERSHIP,
            r"\bleadership\b|\bactivities\b|\baffiliations?\b|\bextra-?curricular|\bmemberships?\b"
            r"|\binvolvement\b|\borgani[sz]ations\b|\bclubs\b|\bsocieties\b"
            # "BOARD SERVICE", "Boards & Committees", "Governance roles"
            r"|\bboard service\b|^boards?(?: (?:&|and) committees)$|^boards$|\bgovernance roles\b"
            # German CVs' "Auslandsaufenthalte": au pair years, work and travel (other roles)
            r"|\bstays? abroad\b|\btime abroad\b|\bauslandsaufenthalte?\b",
        ),
        (
            SectionKind.EXPERIENCE,
            r"\bexperiences?\b|\bemployment\b|\bwork\b|\bcareer\b|\bjobs?\b|\bpositions\b"
            r"|\bprofessional background\b|\bappointments\b|\bworked\b|\bteaching\b"
            r"|\bresearch\b|\bconsulting\b|\bengagements\b|\bassignments\b|\broles\b"
            r"|\bworking life\b"
            # literal translations: "Labor history", "Labour activity" (trudovaya deyatelnost)
            r"|^labou?r (?:history|activity|activities|record)$"
            r"|\bsea service\b|\bsea time\b|^(?:ski |summer |winter )?seasons(?: worked)?$"
            # Dutch, German, French, Spanish, Portuguese, Italian headings
            r"|\bwerkervaring\b|\bbijbaan\b|\bberufserfahrung\b|\bwerdegang\b"
            r"|\bexpériences?\b|\bexperiencia\b|\bexperiência\b|\besperienz[ae]\b"
            # (read after spelling is mended: "professionale" becomes "professional")
            r"|^parcours professionnel$|^percorso professional[ei]?$|^trayectoria profes+ional$"
            r"|^percurso prof[ei]ss?ional$|^histórico prof[ei]ss?ional$"
            r"|^(?:berufliche |praktische |bisherige )?erfahrung(?:en)?$"
            r"|^(?:berufliche|frühere|bisherige) tätigkeit(?:en)?$|^(?:werk)?ervaring$"
            r"|\barbeitserfahrung(?:en)?\b|\bpraxiserfahrung(?:en)?\b|^berufspraxis$"
            r"|^(?:berufliche )?stationen$|^nebentätigkeiten$|^nebenjobs?$"
            r"|^loopbaan$"
            # Romanian, Polish, Turkish
            r"|\bexperien[țţ][ăa]\b|\bdoświadczenie\b|\bdeneyim",
        ),
        (SectionKind.PROJECTS, r"\bprojects?\b|\bportfolio\b"),
        (
            SectionKind.CERTIFICATIONS,
            # "TICKETS" (Australian and New Zealand: licences and cards held)
            r"\bcertifi|\blicen[cs]es?\b|\bcredentials\b|^tickets(?: held)?$"
            r"|^qualifikationen$|^zertifikate$",
        ),
        (
            SectionKind.EDUCATION,
            # (not "Counsellor-in-Training", a role)
            r"\beducation(?:al)?\b|\bacademic|\bcoursework\b|(?<!-in-)\btraining\b"
            r"|\bstudies\b|\bschooling\b"
            r"|\bcourses\b|\bprofessional development\b|\bopleiding\b|\bausbildung\b"
            r"|\bformation\b|\bformación\b|\bformação\b|\bistruzione\b|^dipl[oô]mes$"
            r"|\bformazione\b"
            r"|\beducación\b|\beducação\b|\bcursos\b"
            r"|\bweiterbildung\b|\bschulbildung\b|^schule$|^bildungsweg$|^studium$"
            r"|\bwykształcenie\b|\bedukacja\b|\beğitim\b"
            r"|\beduca[țţ]ie\b|\bstudii\b|\bstudi\b|\bestudios\b"
            # "School" alone over a school leaver's classes (not "Cedar Bluff High School")
            r"|^(?:high )?school$"
            # Nigerian and Ghanaian CVs: "Educational Institutions Attended with Dates"
            r"|\b(?:schools|institutions|colleges|universities) attended\b",
        ),
        (
            SectionKind.SKILLS,
            r"\bskills?\b|\bcompetenc|\bexpertise\b|\bstrengths\b|\bproficienc|\btechnologies\b"
            r"|\btools\b|\babilities\b|\bkenntnisse\b|\bfähigkeiten\b|\bcompétences\b"
            r"|\bcompetenze\b|\bcapacità\b"
            r"|\bhabilidades\b|\bumiejętności\b|\bcompeten[țţ]e\b|\bbeceriler\b",
        ),
        (
            SectionKind.SUMMARY,
            r"\bsummary\b|\bprofile\b|\bobjective\b|\babout me\b|\boverview\b|\bintroduction\b"
            r"|\bpersonal statement\b|\bqualifications\b|\bquals\b|\bhighlights\b"
            r"|\bperfil\b|\bresumen\b|\bresumo\b",
        ),
        (SectionKind.ACCOMPLISHMENTS, r"\baccomplishments?\b|\bachievements?\b|\bawards?\b|\bhono"),
        (
            SectionKind.LANGUAGES,
            r"\blanguages?\b|\bsprachen\b|\bsprachkenntnisse\b|\bjęzyki\b|\bidiomas\b"
            r"|\blangues\b|\blingue\b|\blimbi\b|\bdiller\b|\btalen\b",
        ),
        (
            SectionKind.REFERENCES,
            r"\breferences?\b|\breferees?\b|\breferencias\b|\breferências\b|\bréférences\b",
        ),
        (
            SectionKind.INTERESTS,
            r"\binterests\b|\bhobbies\b|\bhobbys\b|\bzainteresowania\b|\bintereses\b"
            r"|\bloisirs\b|\bhobi\b",
        ),
        (
            SectionKind.CONTACT,
            r"\bcontact\b|\bpersonal (?:details|information|data|particulars)\b"
            r"|\bpersönliche daten\b|\bdane osobowe\b|\bdatos personales\b|\bdados pessoais\b"
            r"|\bdonnées personnelles\b|\bdati personali\b|\bdate personale\b|\bkişisel\b",
        ),
        (
            SectionKind.UNKNOWN,
            r"\badditional information\b|\bother information\b|\bmiscellaneous\b|\bdeclaration\b"
            r"|^others?$",
        ),
    )
)

_LETTER_SPACED = re.compile(r"(?:[A-Za-z] ){2,}[A-Za-z](?:\s{2,}(?:[A-Za-z] )+[A-Za-z])*:?")
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}|[ivxIVX]{1,4}|[A-Za-z])[.)]\s+")
_DECORATION = re.compile(r"^[\s\W_]+|[\s\W_]+$")
_HAS_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?]$")
_MAX_HEADING_WORDS = 5


_FILLER = frozenset(
    """
    & and of the in to for my a an on at with professional relevant selected additional other
    related previous recent key core summary record background history information details
    highlights areas general personal technical academic notable major select work
    involvement experience experiences service services engagement activities employment dates
    """.split()
) | frozenset(
    # the same words in Spanish, Portuguese and French headings ("Experiencia laboral")
    """
    de del da do y e la el los las et laboral laborales profesional profesionales profissional
    profissionais professionnelle professionnelles académica académicas acadêmica acadêmicas
    académique complementaria complementar
    lavorativa lavorative lavorativo professionale professionali berufliche beruflicher
    beruflichen personali informatiche linguistiche tecniche organizzative relazionali
    """.split()
)


_YEARLESS_NOTE = re.compile(r"\((?![^()]*(?:19|20)\d\d)[^()]*\)")
# How long the writer has worked, after the heading: "WORK EXPERIENCE   (Total 14 years – 10
# years in Saudi Arabia)", "Work Experience – 6 years", "PROFESSIONAL EXPERIENCE: 8+ years".
_TENURE_NOTE = re.compile(
    r"\s*(?:\((?![^()]*(?:19|20)\d\d)(?=[^()]*\b(?:years?|yrs?|months?)\b)[^()]*\)"
    r"|[:–—-]\s*(?:total\s+)?\d{1,2}(?:\.\d)?\+?\s*(?:years?|yrs?)(?:\s+of\s+experience)?)\s*$",
    re.IGNORECASE,
)


# Things a project makes: beside a section word they name the project, not a section.
_ARTIFACTS = frozenset(
    """
    app apps application tool toolkit website site dashboard dashboards portal prototype
    chatbot bot platform database game plugin
    """.split()
)

_ROLES_NOW = re.compile(r"current(?:ly)?|since retir\w+|(?:in|after|during) retirement")


def heading_kind(line: str, styled: bool = False) -> SectionKind | None:
    """The section kind a heading line names, or None when the line is not a heading."""
    stripped = line.strip()
    # Turkish dotted capital I lower-cases to "i" and a combining dot: "İŞ DENEYİMİ"
    text = _NUMBERING.sub("", stripped).replace("İ", "I")
    if "year" in text.lower() or "yrs" in text.lower():
        text = _TENURE_NOTE.sub("", text)
    # The cheap rejections first (nothing below removes a digit or changes the line end).
    # (a bracketed note without a year may hold digits: "WORK EXPERIENCE (TOTAL 9+ YEARS)";
    # "Earlier career (1990 – 1998)" dates a role)
    if _HAS_DIGIT.search(_YEARLESS_NOTE.sub("", text)) or _SENTENCE_END.search(stripped):
        return None
    if _LETTER_SPACED.fullmatch(text):
        # "E X P E R I E N C E", "W O R K  H I S T O R Y": letters spaced out for style
        text = " ".join(w.replace(" ", "") for w in re.split(r"\s{2,}", text))
    colon = text.endswith(":")
    text = _DECORATION.sub("", text).replace("&", " & ")
    if not text:
        return None
    if text.count("(") > text.count(")"):
        text += ")"  # the decoration stripped went with it: "Current work (contract)"
    sides = text.split(" / ")
    if len(sides) == 2 and all(0 < len(side.split()) <= 4 for side in sides):
        # "İş Deneyimi / Work Experience", "Skills / Languages": a heading with its
        # translation, or two headings; not "Freelance / Side projects".
        kinds = [heading_kind(side, styled or colon) for side in sides]
        pairs = zip(kinds, sides, strict=True)
        if any(kinds) and all(kind or _foreign(side) for kind, side in pairs):
            return next(kind for kind in kinds if kind)
    words = text.split()
    if len(words) > _MAX_HEADING_WORDS:
        return None
    lowered = _spelt_right(" ".join(words).lower())
    if _BREAK.match(lowered):
        return None  # "### Career Break" over its dates: a spell away from work, not a section
    if _ROLES_NOW.fullmatch(lowered):
        # "Current", "Since retiring" set out as a heading over the roles held now; plain, it
        # may end a date range wrapped onto its own line ("Jan 2020 –" over "Current").
        return SectionKind.EXPERIENCE if styled or colon else None
    if _FIRST_PERSON_WORK.fullmatch(lowered.replace("’", "'")):
        return SectionKind.EXPERIENCE  # "What I've been doing", "Where I've worked"
    head = without_grades(words)  # "Research Technician II"
    if len(words) > 1 and head[-1].lower() in role_words() and not _joins_a_section(text):
        return None
    if len(words) > 1 and words[0].lower() in FOREIGN_ROLE_WORDS:
        return None  # "Gerente de Cursos": a Romance title puts its role word first
    role = _ROLE_IN.search(lowered)
    if role and role[1] in role_words() and role[1] not in _SECTION_ROLES:
        return None  # "Senior Lecturer in Education", "Trainer for Customer Service": a role
    if role and role[1] == "head" and role.group().endswith(" of "):
        return None  # "Head of Customer Experience" in a heading style: a role
    if "(" in text:  # "Treasurer (volunteer)": a role with a note
        core = BRACKETED.sub(" ", text).split()
        if core and core[-1].lower() in role_words():
            return None
    emphatic = colon or styled or text.isupper()
    # A note in brackets is no part of the heading: "Current work (independent contractor)".
    if "(" in text:
        words = BRACKETED.sub(" ", text).split() or words
        lowered = " ".join(words).lower()
    if not emphatic and not _title_cased(words) and not _sentence_cased_heading(words, lowered):
        return None  # "Community radio" is an item, not a heading
    pieces = _JOINED.split(lowered)
    if len(pieces) > 1:  # "Education & Certifications": each side a heading of its own
        kinds = [_plain_kind(piece) for piece in pieces]
        if all(kinds):
            return kinds[0]
    for kind, pattern in _RULES:
        if found := pattern.search(lowered):
            # Words beyond the section vocabulary make a line an item ("COPC Customer
            # Experience" is a certificate); an emphasised heading may carry one or two, and
            # one opening with it may say when ("Employment since leaving the Army").
            rest = [w for w in pattern.sub(" ", lowered).split() if w not in _FILLER]
            if not _ARTIFACTS.isdisjoint(rest):
                return None  # "Volunteer rota app", "Customer Experience Dashboard": a project
            if len(rest) > (2 if emphatic else 1) and not (
                found.start() == 0 and _WHEN.match(lowered[found.end() :])
            ):
                return None
            return kind
    return None


def _spelt_right(lowered: str) -> str:
    """A heading word misspelt by a letter or two ("Experiance", "Employement History", "Work
    Histroy") is read as the word it was meant to be; English words are left as they are."""
    words = lowered.split()
    fixed = [_nearest_heading_word(w) or w for w in words]
    return " ".join(fixed) if fixed != words else lowered


def _nearest_heading_word(word: str) -> str | None:
    if len(word) < 6 or word[:3] not in _HEADING_STARTS or word in english_words():
        return None
    for right in _HEADING_WORDS:
        if abs(len(right) - len(word)) <= 1 and _within_one_edit(word, right):
            return right
    return None


def _within_one_edit(a: str, b: str) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_HEADING_WORDS = (
    "experience",
    "employment",
    "history",
    "education",
    "volunteer",
    "volunteering",
    "professional",
    "qualifications",
    "certifications",
    "internships",
    "achievements",
    "references",
    "profile",
    "summary",
)
_HEADING_STARTS = frozenset(w[:3] for w in _HEADING_WORDS)
_EMPTY_FIELD = re.compile(
    r"(?:employer|company|organi[sz]ation|location|job title|position|title|role|from|to"
    r"|dates?|hours|supervisor|reason for leaving|main duties|duties)\s*:",
    re.IGNORECASE,
)
_BREAK = re.compile(r"(?:career|employment) (?:break|gap)\b")
_JOINED = re.compile(r"\s+(?:&|and)\s+")
_WHEN = re.compile(r"\s+(?:since|after|before|outside|during|following|prior to)\s")
# A work history headed in the first person.
_ROLE_IN = re.compile(r"([^\W\d_]+) (?:in|of|for) ")  # the first such word only
_SECTION_ROLES = frozenset({"member", "volunteer"})  # "Member of Professional Bodies"
_FIRST_PERSON_WORK = re.compile(
    r"(?:what i(?:'ve| have) (?:done|been doing)|(?:where|places) i(?:'ve| have) worked"
    r"|jobs i(?:'ve| have) (?:done|had))\s*:?"
)


def _foreign(text: str) -> bool:
    """No word of `text` is English ("İş Deneyimi", "Berufserfahrung")."""
    return not any(w.lower() in english_words() for w in re.findall(r"\w+", text))


def _plain_kind(text: str) -> SectionKind | None:
    """The kind of a heading made of section words alone ("education", "certifications")."""
    for kind, pattern in _RULES:
        if pattern.search(text):
            whole = re.sub(rf"\w*(?:{pattern.pattern})\w*", " ", text)
            return kind if all(w in _FILLER for w in whole.split()) else None
    return None


def _joins_a_section(text: str) -> bool:
    """ "LEADERSHIP & VOLUNTEER", "NON-EXECUTIVE & VOLUNTEER": in capitals, a section word
    joined on at the end heads a section, though "volunteer" is also a role."""
    pieces = _JOINED.split(text.lower())
    return text.isupper() and len(pieces) > 1 and _plain_kind(pieces[-1]) is not None


def _sentence_cased_heading(words: list[str], lowered: str) -> bool:
    """ "Selected publications", "Key skills": a capital, then section words alone."""
    return words[0][:1].isupper() and _plain_kind(lowered) is not None


def _title_cased(words: list[str]) -> bool:
    return all(w[:1].isupper() or w.lower() in _FILLER for w in words if w[:1].isalpha())


def _is_unknown_heading(line: str, styled: bool) -> bool:
    """A heading outside the lexicon: 'Hobbies:'-like or styled ALL CAPS without digits."""
    text = _NUMBERING.sub("", line.strip())
    if _HAS_DIGIT.search(text) or len(text.split()) > 3 or any(c in text for c in ",|@•"):
        return False
    words = BRACKETED.sub(" ", text).rstrip(":").split()
    if words and words[-1].lower() in role_words():
        # "CONTACT REPRESENTATIVE", "LIBRARY ASSISTANT (PART-TIME)", "PRESIDENT": a job
        # title set in capitals
        return False
    if text.endswith(":") and len(text) > 2 and text[0].isupper():
        return True
    letters = [c for c in text if c.isalpha()]
    return styled and len(letters) >= 3 and all(c.isupper() for c in letters)


# Duty labels of CVs in Spanish, Portuguese, French, German, Italian, Dutch, Polish and
# Romanian ("Principais atividades", "Tätigkeiten", "Werkzaamheden"), alone on a line or
# before the duties ("Tätigkeiten: Zollanmeldungen in ATLAS").
FOREIGN_DUTY_LABEL = (
    r"(?:principales |principais |principali |principaux |main )?(?:funciones|actividades"
    r"|atividades|responsabilidades|tâches|missions|aufgaben|aufgabenbereich|tätigkeiten"
    r"|mansioni|attività|obowiązki|zakres obowiązków|activități și responsabilități|activités"
    r"|funções|tarefas|tareas|compiti|hauptaufgaben|werkzaamheden|taken"
    r"|verantwoordelijkheden)"
    r"(?: (?:e|y|et|und|en) (?:responsabilità|responsabilidades|responsabilités"
    r"|verantwortung|verantwoordelijkheden))?"
    r"(?: principales| principale| principais)?"
)
_SUBHEADINGS = re.compile(
    r"^(?:key |main |core |selected |notable |major |job |role |daily |primary |principal )?"
    r"(?:responsibilities|duties|tasks|description|"
    r"(?:roles?|job) (?:and|&) responsibilities|roles?(?=\s*:)|"
    r"achievements|accomplishments|highlights|results|contributions|environment|tools|"
    r"technologies|tech stack|skills used|"
    # Indian and Gulf CVs: "Key Result Areas:", "KRAs", "Job Profile"
    # ("Duties/Responsibilities:", "Tasks / Achievements")
    r"(?:result|performance) areas?|kras?|(?:job|work) profile)"
    r"(?:(?:,| and| &) [a-z ]+|\s?/\s?[a-z][a-z ]*)*\s*:?$"
    # Europass's "Main activities and responsibilities", and duty labels of CVs in Spanish,
    # Portuguese, French, German, Italian, Polish and Romanian
    r"|^main activities and responsibilities\s*:?$"
    # "Schedule of duties:", "Summary of responsibilities", "Scope of work"
    r"|^(?:schedule|summary|description|list|nature|scope) of (?:duties|responsibilities|work)"
    r"\s*:?$"
    rf"|^{FOREIGN_DUTY_LABEL}\s*:?$",
    re.IGNORECASE,
)


_BRACKETED_LABEL = re.compile(r"\[([^\[\]]{3,40})\]|【([^【】]{2,40})】")


def is_subheading(line: str, styled: bool = False) -> bool:
    """A label inside an entry ('Responsibilities:', 'Key achievements'), not a section: it
    names part of a job and is neither ALL CAPS nor styled as a heading, unless a colon makes
    it a label whatever its style (bold 'Duties:')."""
    text = line.strip()
    bracketed = _BRACKETED_LABEL.fullmatch(text)
    if bracketed:  # "[Duties]", "【Responsibilities】": brackets mark a label as a colon does
        text = (bracketed.group(1) or bracketed.group(2)).strip() + ":"
    if not _SUBHEADINGS.match(text) or text.rstrip(":").isupper():
        return False
    return not styled or text.endswith(":")


def _titles_a_dated_entry(text: str, lines: list[str], number: int) -> bool:
    """A line in mixed case with a bracketed note, over a date range within two lines or
    under a line of dates alone, names an entry inside a work section ("Industrial Training
    (SIWES)" in bold over its employer and dates; "08.2015 – 07.2018" over "Commercial
    apprenticeship (KV-Lehre)"), not a new section."""
    if "(" not in text or text.isupper():
        return False
    from cxscore.dates import find_date_ranges

    below = [x for x in lines[number + 1 : number + 4] if x.strip()][:2]
    if any(not r.single for x in below for r in find_date_ranges(x)):
        return True
    above = next((x.strip() for x in reversed(lines[max(0, number - 2) : number]) if x.strip()), "")
    ranges = [r for r in find_date_ranges(above) if not r.single]
    return (
        len(ranges) == 1
        and not (above[: ranges[0].span.start] + above[ranges[0].span.end :]).strip()
    )


def _names_an_employer(text: str, kind: SectionKind | None) -> bool:
    """A heading-like line that may be an employer's name: one outside the heading lexicon
    ("FALCON GULF AIRWAYS"), or one of another section's kind that holds a word beyond its
    vocabulary that is no English word ("Paystride Technologies", unlike "Educational
    Qualifications")."""
    if kind is SectionKind.UNKNOWN:
        return True
    if kind is None or kind in EXPERIENCE_LIKE or " / " in text:
        return False  # "Eğitim / Education": a heading with its translation
    return _plain_kind(text.rstrip(":").lower()) is None and not all(
        w.lower() in english_words() for w in re.findall(r"[^\W\d_]+", text)
    )


def _dated_role_below(text: str, lines: list[str], number: int) -> bool:
    """A heading word that is also a role ("Referee"), over lines that hold a date range before
    the next blank line: an entry in the section above, not a list of referees."""
    if text.rstrip(":").lower() not in role_words():
        return False
    from cxscore.dates import find_date_ranges

    for line in lines[number + 1 : number + 8]:
        if not line.strip():
            return False
        if any(not r.single for r in find_date_ranges(line)):
            return True
    return False


def _over_a_range(lines: list[str], number: int) -> bool:
    """The line heads an entry: the next line is a job title or ends in a date range, and
    a range ends that line or the one after ("FALCON GULF AIRWAYS" over "Cabin Crew — Dubai"
    over "Nov 2021 – Present"), unlike "SELECTED CLIENTS" over "Atelier Lume (2021–2022)"."""
    from cxscore.dates import find_date_ranges

    below = [x.strip() for x in lines[number + 1 : number + 5] if x.strip()][:2]
    ends = [_ends_in_dates(x, find_date_ranges(x)) for x in below]
    if not below or not any(ends):
        return False
    head = BRACKETED.sub(" ", _TITLE_CUT.split(below[0])[0]).split()
    return ends[0] or bool(head and head[-1].lower() in role_words())


def _ends_in_dates(line: str, ranges: Sequence[DateRange]) -> bool:
    """A range ends the line ("Customer Service Officer   Apr 2021 to Present"), or one date
    is the whole line ("Feb 2018")."""
    if any(not r.single and _LINE_END_RANGE.fullmatch(line[r.span.end :]) for r in ranges):
        return True
    return (
        len(ranges) == 1
        and ranges[0].span.start == 0
        and _LINE_END_RANGE.fullmatch(line[ranges[0].span.end :]) is not None
    )


_LINE_END_RANGE = re.compile(r"[\s.,;)\]]*")
_TITLE_CUT = re.compile(r"\s[—–|-]\s|,|\t|\s{2,}|\sat\s")


def _over_a_tenure(lines: list[str], number: int) -> bool:
    """A line over a tenure alone ("6 yrs 11 mos") names an employer in a LinkedIn export."""
    from cxscore.dates import DURATION

    below = next((x.strip() for x in lines[number + 1 : number + 3] if x.strip()), "")
    return bool(DURATION.fullmatch(below))


def _icon_heading(
    line: str, before: str, lines: list[str], number: int, seen: bool = False
) -> bool:
    """'▶ KITCHEN EXPERIENCE' (an icon read as a bullet): capitals naming a section, between
    lines that are not bullets, unlike '• TEAM LEADERSHIP' in a list of skills. Once the
    résumé has `seen` such a heading, the next may follow a job's last bullet."""
    text = line[1:].strip()
    if not text.isupper() or (before.startswith("•") and not seen):
        return False
    if heading_kind(text) is None:
        return False
    after = next((x.strip() for x in lines[number + 1 :] if x.strip()), "")
    return not after.startswith("•")


def split_sections(document: Document) -> tuple[Section, ...]:
    """Split a document into sections at heading lines; text before the first is the preamble."""
    text = document.text
    styled = {span.start for span in document.heading_lines}
    lines = text.split("\n")
    headings = _headings(lines, styled, {})
    if not any(kind in EXPERIENCE_LIKE for _, kind, _ in headings):
        # no work-history heading of its own line: perhaps each heading stands in a column
        # beside its first line (only then looked for, as most résumés have none)
        labels = _side_labels(lines)
        if labels:
            headings = _headings(lines, styled, labels)
    headings = _unstacked(headings, text)
    sections: list[Section] = []
    first = headings[0][0].start if headings else len(text)
    if first > 0:
        sections.append(Section(SectionKind.PREAMBLE, None, Span(0, first), None))
    for i, (span, kind, title) in enumerate(headings):
        end = headings[i + 1][0].start if i + 1 < len(headings) else len(text)
        sections.append(Section(kind, title, Span(span.start, end), span))
    return tuple(sections)


def _headings(
    lines: list[str], styled: set[int], labels: dict[int, tuple[str, SectionKind]]
) -> list[tuple[Span, SectionKind, str]]:
    """The heading lines (span, kind, title), with `labels` the side labels to take."""
    headings: list[tuple[Span, SectionKind, str]] = []
    pos = 0
    after_heading = False
    icons = False  # an icon heading was seen
    previous = ""
    for number, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        if number in labels:
            # "Experience   Patient Access Representative   02/2023 – Present": the heading in
            # a column of its own, its first line beside it
            label, side = labels[number]
            begin = start + line.index(label)
            headings.append((Span(begin, begin + len(label)), side, label))
            after_heading = False
            previous = stripped
            continue
        before, previous = previous, stripped
        if stripped.startswith("•"):
            after_heading = False
            if not _icon_heading(stripped, before, lines, number, icons):
                continue
            icons = True
            stripped = stripped[1:].strip()
            start = end - len(stripped)
        kind = heading_kind(stripped, start in styled)
        if (
            kind is not None
            and after_heading
            and kind == headings[-1][1]
            and stripped.rstrip(":").lower() in role_words()
        ):
            kind = None  # "Voluntary Work" then "Volunteer": the first role, not a heading
        after_heading = False
        inside_role = bool(headings) and headings[-1][1] in EXPERIENCE_LIKE
        if kind is None and _is_unknown_heading(stripped, start in styled):
            # "Employer:" left empty on an application form is a field, not a heading.
            kind = None if inside_role and _EMPTY_FIELD.fullmatch(stripped) else SectionKind.UNKNOWN
        if kind is not None and inside_role and is_subheading(stripped, start in styled):
            continue  # "Key achievements:" inside a job belongs to that job
        if kind is not None and inside_role and _titles_a_dated_entry(stripped, lines, number):
            continue  # "Industrial Training (SIWES)" in bold over its employer and dates
        if kind is not None and inside_role and _over_a_tenure(lines, number):
            continue  # "Kitepath Technologies" over "6 yrs 11 mos": an employer (LinkedIn)
        if (
            kind is SectionKind.REFERENCES
            and inside_role
            and _dated_role_below(stripped, lines, number)
        ):
            continue  # "Referee" over "Regina Minor Hockey", duties and "2019 – 2022": a role
        if inside_role and _names_an_employer(stripped, kind) and _over_a_range(lines, number):
            continue  # "FALCON GULF AIRWAYS" in capitals over its role and dates: an employer
        if kind is not None:
            headings.append((Span(start, end), kind, stripped.rstrip(":").strip()))
            after_heading = True
    return headings


def _side_labels(lines: Sequence[str]) -> dict[int, tuple[str, SectionKind]]:
    """Lines that open with a section's name in a column of its own ("Summary   Nine years
    in…", "Experience   Patient Access Representative – …", "Education   Associate of…"), when
    at least two lines do and one of them names a work history; the text after the gap is no
    date ("Volunteer   2019 – 2021" is a role and its dates). Looked for only when no heading
    line names a work history."""
    found: dict[int, tuple[str, SectionKind]] = {}
    for number, line in enumerate(lines):
        label, gap, rest = line.strip().partition("   ")
        if not gap or not rest[:1].isalpha() or len(label.split()) > 3:
            continue
        kind = heading_kind(label, True)
        if kind is not None and kind is not SectionKind.UNKNOWN and not _STARTS_DATED.match(rest):
            found[number] = (label, kind)
    if len(found) < 2 or not any(kind in EXPERIENCE_LIKE for _, kind in found.values()):
        return {}
    return found


# (the text after the gap opens with a letter, so only a month or season may date it)
_STARTS_DATED = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter"
    r"|present|current)[a-z]*\b",
    re.IGNORECASE,
)


def _unstacked(
    headings: list[tuple[Span, SectionKind, str]], text: str
) -> list[tuple[Span, SectionKind, str]]:
    """Three or more headings with nothing between them are a printed list of the sections (a
    builder's sidebar or contents line), not a heading over the text after the last of them:
    unless the last names a work history, that text's section is unknown."""
    out = list(headings)
    run = 1
    for i in range(1, len(headings) + 1):
        if i < len(headings) and not text[headings[i - 1][0].end : headings[i][0].start].strip():
            run += 1
            continue
        span, kind, title = headings[i - 1]
        if run >= _STACKED_HEADINGS and kind not in EXPERIENCE_LIKE:
            out[i - 1] = (span, SectionKind.UNKNOWN, title)
        run = 1
    return out


_STACKED_HEADINGS = 3
