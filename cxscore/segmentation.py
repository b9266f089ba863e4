"""Split experience-like sections into entries: title, organisation, place, dates and duties.

Works on lines: short non-bullet lines form header blocks, bullets and sentences are duties.
Dates are found across a whole header block, so layouts that put every field on its own line
still yield one range. A section-level convention (dates before or after titles) decides how
a block holding several dated roles is cut.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import NamedTuple

from cxscore.dates import DURATION as _DURATION
from cxscore.dates import (
    MAX_YEAR,
    DateRange,
    Precision,
    find_date_ranges,
    month_interval,
    repeated_seasons,
)
from cxscore.document import Document, Span
from cxscore.lexicon import (
    BRACKETED,
    FOREIGN_ROLE_WORDS,
    PAY_GRADE,
    english_words,
    is_compound_role,
    place_names,
    repair_split_words,
    role_words,
    without_grades,
)
from cxscore.sections import (
    EXPERIENCE_LIKE,
    FOREIGN_DUTY_LABEL,
    Section,
    SectionKind,
    heading_kind,
    is_subheading,
    split_sections,
)


class SectionType(StrEnum):
    WORK = "work"
    VOLUNTEER = "volunteer"
    OTHER = "other"


class EmploymentType(StrEnum):
    PAID = "paid"
    VOLUNTEER = "volunteer"
    FREELANCE = "freelance"
    INTERNSHIP = "internship"
    MILITARY = "military"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ExperienceEntry:
    """One role on a résumé, with offsets into the document text."""

    title: str | None
    organization: str | None
    location: str | None
    dates: DateRange | None
    bullets: tuple[str, ...] = field(repr=False)
    section: SectionType
    section_kind: SectionKind
    employment_type: EmploymentType
    span: Span
    bullet_spans: tuple[Span, ...] = field(default=(), repr=False)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Line:
    """A line of a section. `text` may have split words repaired for parsing; `raw` is the
    document text at `span`."""

    text: str
    span: Span
    raw: str = ""
    after_blank: bool = False
    dates: tuple[DateRange, ...] = ()  # found once per line; bullets are not searched

    @property
    def is_bullet(self) -> bool:
        return self.text.startswith("• ")


_ORG_WORDS = frozenset(
    """
    inc inc. llc ltd ltd. limited co co. corp corp. corporation company group plc gmbh
    hospital clinic school academy university college institute bank store stores shop market
    supermarket restaurant cafe café bistro diner bar pub hotel inn resort motel center centre
    foundation trust charity church services solutions systems technologies labs agency
    council department ministry authority association society club partners studio studios
    library museum pharmacy nhs army navy force corps unit bakery salon spa gym fitness
    logistics warehouse factory mills industries airlines airways retail outlet mall
    kitchen grill consulting bureau office house enterprises network healthcare care home
    battalion brigade regiment squadron b.v n.v bv nv s.a s.p.a s.r.l srl sarl sas ltda pty bhd
    sdn llp ag kg oy insurance mutual telecom pharma textiles holdings ventures capital
    supplies foods motors shelter squad tavern brasserie pizzeria trattoria steakhouse canteen
    recruitment staffing mart festival league co-operative cooperative co-op government
    farmácia farmacia pharmacie apotheke apteka restaurante ristorante boulangerie laboratório
    laboratorio laboratoire hôtel hostal albergo supermercado supermercados supermarché
    supermarkt tienda loja drogaria clínica clinica clinique klinik hôpital ospedale szpital
    escuela escola école scuola schule szkoła universidad universidade université università
    universität grupo gruppo groupe s.a.s spółka fiduciaire ltée ltee limitée
    kanzlei praxis spital kantonsspital krankenhaus alterszentrum pflegeheim gasthaus gasthof
    brauhaus bäckerei metzgerei stadtwerke gemeinde verlag zorggroep thuiszorg ziekenhuis
    bakkerij apotheek gemeente winkelcentrum negozio azienda agenzia società comune
    s.n.c snc s.a.s. sagl e.v e.k og ohg gesmbh gbr vzw bvba vof
    """.split()
)
_FREELANCE = re.compile(
    r"\b(freelan\w*|self[- ]employed|independent (?:contractor|consultant)|contractor|"
    r"sole (?:trader|proprietor)|owner|founder|co-founder)\b",
    re.IGNORECASE,
)
_INTERN = re.compile(r"\bintern(ship)?\b|\btrainee\b|\bplacement\b|\bapprentice", re.IGNORECASE)
_VOLUNTEER = re.compile(r"\bvolunt", re.IGNORECASE)
_MILITARY = re.compile(
    r"\b(army|navy|air force|marine corps|marines|national guard|royal navy|raf|military)\b",
    re.IGNORECASE,
)
_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON BC QC AB NSW VIC QLD"
).split()
_COUNTRIES = (
    "UK|USA|US|U\\.S\\.|U\\.K\\.|United Kingdom|United States|England|Scotland|Wales|Ireland|"
    "Northern Ireland|Canada|Australia|New Zealand|India|Germany|France|Spain|Italy|Netherlands|"
    "Mexico|Philippines|Singapore|Nigeria|South Africa|Kenya|Brazil|Portugal|Poland|Romania|"
    "Bulgaria|Hungary|Czech Republic|Czechia|Slovakia|Ukraine|Russia|Turkey|Greece|Sweden|Norway|"
    "Denmark|Finland|Belgium|Switzerland|Austria|Pakistan|Bangladesh|Sri Lanka|Nepal|China|"
    "Hong Kong|Japan|South Korea|Vietnam|Thailand|Malaysia|Indonesia|UAE|United Arab Emirates|"
    "Saudi Arabia|Qatar|Egypt|Ghana|Israel|Lebanon|Argentina|Chile|Colombia|Peru|Jamaica|"
    "Korea|Taiwan|Luxembourg|Iceland|Estonia|Latvia|Lithuania|Slovenia|Croatia|Serbia|Cyprus|"
    "Malta|Morocco|Tunisia|Algeria|Ethiopia|Uganda|Tanzania|Rwanda|Zambia|Zimbabwe|Botswana|"
    "Namibia|Cameroon|Senegal|Kuwait|Bahrain|Oman|Jordan|Iran|Iraq|Venezuela|Ecuador|Bolivia|"
    "Uruguay|Paraguay|Costa Rica|Panama|Guatemala|Dominican Republic|Puerto Rico|Trinidad|"
    "Barbados|Fiji|Nederland|Deutschland|España|Italia|Brasil|México|Belgique|Schweiz|Suisse"
)
# Regions written in full between a city and its country (LinkedIn: "Denver, Colorado, United
# States").
_REGIONS = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta|Manitoba|"
    "Saskatchewan|Nova Scotia|England|Scotland|Wales|Northern Ireland|New South Wales|Victoria|"
    "Queensland|Western Australia|South Australia|Tasmania|Maharashtra|Karnataka|Tamil Nadu|"
    "Delhi|Gujarat|Kerala|Telangana|West Bengal|Punjab|"
    # Irish counties: "Glenasmole Bay, Co. Dublin" (not a company)
    r"(?:Co\.|County)\s(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|"
    "Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|"
    "Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)"
)
# Unicode letters ("Port Aldén"), and capitals with accents ("İstanbul", "Łódź", "Évora").
_PLACE_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:[.'\-][^\W\d_]+)*\.?"
_PLACE = rf"{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,3}}"
_PLACE_RE = re.compile(_PLACE)
# A town's name after a comma: one to three place words, with the small words inside many
# towns' names between them ("Villalba del Río", "Frankfurt am Main", "Villanueva de la
# Serena"); no such name stands alone, where "Banca Popolare di Valsorda" may be an employer.
_TOWN = (
    rf"{_PLACE_WORD}(?:(?:\s(?:de|del|della|di|da|do|dos|das|du|des|la|le|los|las|am|an|der"
    rf"|im|upon|sur)){{0,2}}\s{_PLACE_WORD}){{0,2}}"
)
_TOWN_NAME = re.compile(_TOWN)
_LOCATION_TAIL = re.compile(
    rf"(?:^|\s*[,|—–·•]\s*|\s+-\s+|\s{{2,}}|\s+)"
    rf"(?P<loc>{_PLACE},\s*(?:{'|'.join(_STATES)}|{_COUNTRIES}|{_REGIONS})"
    rf"(?:\s+\d{{5}})?|Remote|Hybrid|On-?site)\s*$"
)
_LOCATION_ONLY = re.compile(
    rf"^(?:{_PLACE}(?:,\s*|\s+)(?:{'|'.join(_STATES)}|{_COUNTRIES})|Remote|Hybrid"
    # (not "Fiverr, Remote": an employer and the work mode)
    rf"|{_PLACE},\s*(?!(?:Remote|Hybrid|On-?site)$)(?:{_PLACE}|{_TOWN})"
    rf"|{_PLACE},\s*(?:{_REGIONS}),\s*(?:{_COUNTRIES})"
    # "Victoria", "Australia": a state, region or country alone on the line under a role
    rf"|{_COUNTRIES}|{_REGIONS})$"
)
_NAMED_PLACE = re.compile(
    rf"^(?P<name>{_PLACE_WORD}(?:\s{_PLACE_WORD}){{1,3}}),\s*(?P<town>{_PLACE}|{_TOWN})$"
)
_WORK_MODE = re.compile(
    r"(?:fully )?(?:remote|hybrid|on-?site|in office)(?:\s*\([^()]*\))?", re.IGNORECASE
)
_CAPS_LEAD = re.compile(r"(?:[A-Z][A-Z&'.\-]+\s+)+(?=[A-Z][a-z])")
_STATE_ONLY = re.compile(rf"^(?:{'|'.join(_STATES)}|{_COUNTRIES}|{_REGIONS})$")
_SPLIT = re.compile(
    # ("at" inside brackets is no field's end: "Beautician (Salon at Home partner)")
    r"\s+[|—–·•]\s+|\s+-\s+|\s+(?:at|@)\s+(?![^()]*\))|\s*\|\s*|\s{3,}"
    # "at" in Spanish, French, German and Italian, before a name: "Cajero en Supermercados La
    # Herradura" (not "Stagiaire en hébergement")
    r"|\s+(?:en|chez|bei|presso)\s+(?=[A-ZÀ-Ý])"
)
# A writer who separates fields with pipes keeps dashes and "at" inside a field:
# "Team Leader – Customer Contact | Yorkshire Water".
_PIPE_SPLIT = re.compile(r"\s*\|\s*|\s{3,}")
_EMPTYISH = re.compile(
    r"^[\s,;:.|()\[\]\-–—/·•~]*"
    r"(?:to|until|till|through|thru|from|dates?:?|present|current|currently|now|today|ongoing"
    r"|to date)?[\s,;:.|()\[\]\-–—/·•~]*$",
    re.IGNORECASE,
)
_PLACEHOLDER_ORGS = frozenset(
    {
        "company name",
        "employer name",
        "organization name",
        "organisation name",
        "company",
        "employer",
        "business name",
        "your company",
    }
)
_AGENT_SUFFIX = re.compile(r"(?:er|or|ist|ian)$")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_TRIM = " \t,;:|[]-–—/·•~"
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['&.\-])*")
_NAME_WORD = re.compile(r"[^\W\d_]{2}")


def segment_entries(
    document: Document,
    sections: Sequence[Section] | None = None,
    as_of: tuple[int, int] | None = None,
) -> tuple[ExperienceEntry, ...]:
    """Extract experience entries from every experience-like section of a document."""
    sections = tuple(sections) if sections is not None else split_sections(document)
    headed = any(s.kind in _ROLE_SECTIONS for s in sections)
    opening = [s.span for s in sections if s.kind is SectionKind.PREAMBLE]
    sections = tuple(
        part for s in sections for part in _read_as_roles(document.text, s, headed, as_of)
    )
    targets = [s for s in sections if s.kind in EXPERIENCE_LIKE]
    fallback = not any(s.kind in _ROLE_SECTIONS for s in targets)
    entries = _entries_of(document.text, sections if fallback else targets, as_of, fallback)
    if headed and opening:
        # Roles read from the opening block are dated ones: an undated line there is the
        # name or a headline ("Illustrator & maker"), not a role.
        start, end = opening[0].start, opening[0].end
        entries = [e for e in entries if e.dates is not None or not start <= e.span.start < end]
    if not fallback and not any(e.section is SectionType.WORK for e in entries):
        # A work heading over nothing readable (a builder PDF printing its headings apart from
        # their content): look for dated roles outside known non-role sections, as with none.
        loose = [s for s in sections if s.kind in {SectionKind.PREAMBLE, SectionKind.UNKNOWN}]
        entries = _entries_of(document.text, loose, as_of, True) + entries
    entries = _each_season(
        _dates_printed_apart(entries, document.text, as_of), document.text, as_of
    )
    return tuple(_dedupe(_details_of_listed_roles(entries, document.text)))


def _read_as_roles(
    text: str, section: Section, headed: bool, as_of: tuple[int, int] | None
) -> tuple[Section, ...]:
    """A section that holds roles under a heading read as something else. "CAREER SUMMARY"
    over a list of dated roles is a work history, not a profile; so is a profile that runs on
    into dated roles when no work heading was read ("Pharmacy Practice"); and when work
    headings were read, so are dated roles under a field's name no heading rule knows
    ("Production" in the opening block, "STUDIO" over a designer's own business)."""
    if section.kind is SectionKind.SUMMARY:
        if _CAREER_WORD.search(section.heading or "") and _lists_dated_roles(text, section, as_of):
            return (replace(section, kind=SectionKind.EXPERIENCE),)
        if not headed:
            return _profile_then_roles(text, section, as_of)
    if section.kind is SectionKind.PREAMBLE and headed:
        return _profile_then_roles(text, section, as_of)
    if (
        section.kind is SectionKind.PROJECTS
        and _PORTFOLIO.search(section.heading or "")
        and _lists_titled_roles(text, section, as_of)
    ):
        # "Current Portfolio" over "Principal Consultant | Brightwater Advisory   2019–Present":
        # a portfolio career's roles, not a designer's projects.
        return (replace(section, kind=SectionKind.EXPERIENCE),)
    if (
        section.kind is SectionKind.UNKNOWN
        and headed
        and section.heading
        and heading_kind(section.heading, styled=True) is None
        and _lists_dated_roles(text, section, as_of)
    ):
        # (Not a known heading set aside as unknown, as a sidebar's "SKILLS" may be.)
        return (replace(section, kind=SectionKind.EXPERIENCE),)
    return (section,)


def _each_season(
    entries: list[ExperienceEntry], text: str, as_of: tuple[int, int] | None
) -> list[ExperienceEntry]:
    """A role worked season after season ("Camp Counsellor … Summers 2022 & 2023") is one entry
    per season, so that its months are the seasons', not the years between them."""
    out: list[ExperienceEntry] = []
    for entry in entries:
        seasons: list[DateRange] = []
        if entry.dates is not None:
            start = text.rfind("\n", 0, entry.dates.span.start) + 1
            end = text.find("\n", entry.dates.span.start)
            line = text[start : end if end >= 0 else len(text)]
            seasons = repeated_seasons(line, as_of)
        if len(seasons) < 2:
            out.append(entry)
            continue
        span = Span(seasons[0].span.start + start, seasons[0].span.end + start)
        out.extend(replace(entry, dates=replace(season, span=span)) for season in seasons)
    return out


def _dates_printed_apart(
    entries: list[ExperienceEntry], text: str, as_of: tuple[int, int] | None
) -> list[ExperienceEntry]:
    """A timeline column printed apart from its roles (a two-column PDF read column by column:
    "11/25 – 01/26", "06/25 – 08/25", … and then the roles, undated): a run of lines holding one
    date range each and nothing else, as long as the run of undated roles, dates them in order.
    When the run ends right above the first role, that role took the run's last line as dates
    printed above its title; the whole run then dates the role and the undated ones after it."""
    undated = [i for i, e in enumerate(entries) if e.dates is None and e.title]
    if len(undated) < 2:
        return entries
    owner = {e.dates.span: i for i, e in enumerate(entries) if e.dates is not None}
    runs: list[list[DateRange]] = [[]]
    pos = 0
    for raw in text.split("\n"):
        at, pos = pos, pos + len(raw) + 1
        if not raw.strip():
            continue
        ranges = [r for r in find_date_ranges(raw, as_of) if not r.single]
        alone = (
            len(ranges) == 1
            and not (raw[: ranges[0].span.start] + raw[ranges[0].span.end :]).strip()
        )
        if alone:
            span = Span(ranges[0].span.start + at, ranges[0].span.end + at)
            runs[-1].append(replace(ranges[0], span=span))
            if span in owner:  # a role's own dates close the run
                runs.append([])
        elif runs[-1]:
            runs.append([])
    # (An undated role of the next section is no part of the run: "Volunteering" follows.)
    sections = [entry.section_kind for entry in entries]
    roles = [group for group in _consecutive(undated, sections) if len(group) >= 2]
    out = list(entries)
    for group in roles:
        first = group[0] - 1
        for run in runs:
            free = [r for r in run if r.span not in owner]
            if len(free) != len(group):  # (a run holds one role's own dates at most, last)
                continue
            runs.remove(run)
            targets, dates = group, free
            # The run's last line is a role's own dates: that role's, just above the undated.
            if len(run) > len(free) and owner[run[-1].span] == first:
                targets, dates = [first, *group], run
            for index, date_range in zip(targets, dates, strict=True):
                out[index] = replace(out[index], dates=date_range)
            break
    return out


def _consecutive(indices: list[int], keys: Sequence[object]) -> list[list[int]]:
    """Runs of consecutive indices with the same key."""
    groups: list[list[int]] = []
    for index in indices:
        if groups and groups[-1][-1] == index - 1 and keys[index - 1] == keys[index]:
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


_ROLE_SECTIONS = frozenset(
    {SectionKind.EXPERIENCE, SectionKind.VOLUNTEER, SectionKind.INTERNSHIPS, SectionKind.MILITARY}
)


def _entries_of(
    text: str, targets: Sequence[Section], as_of: tuple[int, int] | None, fallback: bool
) -> list[ExperienceEntry]:
    """Entries of the target sections; `fallback` (no work heading to trust) looks for dated
    roles anywhere outside known non-role sections."""
    if fallback:
        targets = [
            s
            for s in targets
            if s.kind in {SectionKind.PREAMBLE, SectionKind.UNKNOWN} | EXPERIENCE_LIKE
        ]
    entries: list[ExperienceEntry] = []
    for section in targets:
        lines = list(_section_lines(text, section, as_of))
        lines = _stacked_date_pairs(_labelled_date_pairs(lines, as_of), as_of)
        lines = _duty_cells(_dangling_ranges(lines, as_of))
        lines = _roles_in_bullets(lines, as_of)
        strict = fallback or section.kind in {SectionKind.LEADERSHIP, SectionKind.ACCOMPLISHMENTS}
        found = _segment_section(text, lines, section, as_of, strict, fallback)
        entries.extend(_continued(_duties_as(list(found))))
    return entries


# "Parkway Value Stores (continued)", "Crossroads Coffee Co. (cont.)", "Harcastle Logistics Ltd
# – continued", "… (continued from previous page)", "CONTINUED: Cashier": a job carried over
# a page break, its header printed again.
_CONTINUED = re.compile(
    r"[\s(\[–—-]*\b(?:continued|cont(?:'d|’d|\.|inued)|contd\.?)(?:\s+from\s[^()\[\]]*)?"
    r"[)\]]?\s*$"
    r"|^\s*(?:continued|cont(?:'d|’d|\.)|contd\.?)\s*[:–—-]\s*",
    re.IGNORECASE,
)


def _continued(entries: list[ExperienceEntry]) -> list[ExperienceEntry]:
    """An undated header marked as continued goes on the entry before it: its duties are that
    entry's, carried over a page break. A dated role under an employer so marked keeps the
    employer, less the mark."""
    out: list[ExperienceEntry] = []
    for entry in entries:
        marked = any(_CONTINUED.search(f or "") for f in (entry.title, entry.organization))
        if marked and entry.dates is None and out:
            before = out[-1]
            out[-1] = replace(
                before,
                bullets=before.bullets + entry.bullets,
                bullet_spans=before.bullet_spans + entry.bullet_spans,
                span=Span(before.span.start, max(before.span.end, entry.span.end)),
            )
            continue
        if marked:
            title, org = (
                _CONTINUED.sub("", f).strip() if f else f for f in (entry.title, entry.organization)
            )
            entry = replace(entry, title=title or None, organization=org or None)
        out.append(entry)
    return out


def _under_heading(
    entry: ExperienceEntry, narrowing: str, heading: str | None, text: str
) -> tuple[ExperienceEntry, bool]:
    """A role under an employer heading, and whether it took the heading's employer: a field
    after its title names the role's unit or its branch's town, not another employer."""
    if heading is None or not entry.title:
        return entry, False
    if narrowing:
        field_text = narrowing.split(" ", 1)[-1]
        if _branch_town(field_text, every=True):  # "Store Manager – Sandvlei"
            location = entry.location or field_text
            return replace(entry, organization=heading, location=location), True
        # "Team Leader – Telco Account" names the role.
        return replace(entry, title=f"{entry.title} {narrowing}", organization=None), False
    org = entry.organization or ""
    # The field's own tests first: the header's text is searched only for a candidate.
    unit, town = _unit_head(org), _branch_town(org)
    if not (unit or town) or _role_score(entry.title) <= 0:
        return entry, False
    if not _field_after_title(entry, text, ",", last=True):
        return entry, False
    if unit and _names_unit(entry, text):  # "Senior Manager, Contact Center"
        return replace(entry, title=f"{entry.title}, {org}", organization=heading), True
    if town:  # "Acting Store Manager, Kellbridge": the store's town
        return replace(entry, organization=heading, location=entry.location or org), True
    return entry, False


def _units_under_employer(
    entries: list[ExperienceEntry], text: str, as_of: tuple[int, int] | None
) -> list[ExperienceEntry | None]:
    """An employer line with its overall span ("Praxon Benefits Group · Overland Ridge, KS
    2005 – 2019") over roles dated inside it whose lines name a unit after the title ("Vice
    President, Client Services", "HR Business Partner – Plant Operations"): the unit narrows
    each title, and the employer line, no role of its own, becomes None."""
    out: list[ExperienceEntry | None] = []
    i = 0
    while i < len(entries):
        entry = entries[i]
        employer = _employer_name(entry)
        outer = _overall_span(entry, as_of)
        run: list[ExperienceEntry] = []
        named = bool(employer and employer[:1].isupper())  # not "agency shifts"
        if named and outer and not entry.bullets and _role_score(entry.title or "") <= 0:
            for later in entries[i + 1 :]:
                if not _within(_interval(later, as_of), outer) or not _names_unit(later, text):
                    break
                run.append(later)
        if not run:
            out.append(entry)
            i += 1
            continue
        out.append(None)
        for later in run:
            title, org = later.title or "", later.organization or ""
            mark = _joint_after_title(later, text, _UNIT_JOINTS) or ","
            unit = f"{title}, {org}" if mark == "," else f"{title} {mark} {org}"
            out.append(replace(later, title=unit, organization=employer))
        i += 1 + len(run)
    return out


def _overall_span(entry: ExperienceEntry, as_of: tuple[int, int] | None) -> tuple[int, int] | None:
    """An employer line's span, a year-only end reaching to December of its year."""
    interval = _interval(entry, as_of)
    end = entry.dates.end if entry.dates else None
    if interval is None or end is None or end.precision is not Precision.YEAR:
        return interval
    return interval[0], max(interval[1], end.year * 12 + 11)


# The last word of a unit within an employer ("Contact Center", "Retail Banking").
_UNIT_HEADS = frozenset(
    "operations services service center centre department team desk support care banking "
    "sales marketing finance accounts resources compliance process division unit region "
    "floor ward programme program projects products engineering administration relations "
    "experience success".split()
)


def _unit_head(text: str) -> bool:
    words = _WORD.findall(text)
    return bool(words) and words[-1].lower() in _UNIT_HEADS


def _plain_unit(text: str) -> bool:
    """A unit within an employer: dictionary words ending in a unit's word ("Member
    Services", "Contact Center")."""
    return _unit_head(text) and _plain_words(text)


def _plain_words(text: str) -> bool:
    """Every word of `text` is a dictionary word: a unit or a line of work ("Customer
    Care", "Hydraulics"), not a name of its own ("Shoprite")."""
    return all(w.lower() in english_words() for w in _WORD.findall(text))


def _branch_town(text: str, every: bool = False) -> bool:
    """A short place name with a word no dictionary holds ("Marlow Cross", "Kellbridge"), as
    a branch is named after its town; a unit is made of words ("Client Services"). With
    `every`, no word of it may be a dictionary word ("Sandvlei")."""
    words = _WORD.findall(text)
    unknown = [w.isalpha() and w.istitle() and w.lower() not in english_words() for w in words]
    return (
        0 < len(words) <= 3
        and "(" not in text
        and _is_town(text)
        and (all(unknown) if every else any(unknown))
    )


def _field_after_title(entry: ExperienceEntry, text: str, joints: str, last: bool = False) -> bool:
    """The entry's organisation follows its title on one header line after one of `joints`
    (and, when `last`, ends the line's fields: only a gap, brackets or dates come after)."""
    return _joint_after_title(entry, text, joints, last) is not None


def _joint_after_title(
    entry: ExperienceEntry, text: str, joints: str, last: bool = False
) -> str | None:
    """The mark (one of `joints`) between the entry's title and its organisation on one of
    its header lines, if they stand so (see `_field_after_title`)."""
    if not entry.title or not entry.organization:
        return None
    pattern = rf"{re.escape(entry.title)}\s*([{joints}])\s*{re.escape(entry.organization)}"
    if last:
        pattern += r"(?:\s*$|\s{2,}|\s*\(|\s+\d)"
    for line in text[entry.span.start : entry.span.end].splitlines():
        if found := re.search(pattern, line):
            return found.group(1)
    return None


_UNIT_JOINTS = ",–—-"  # a comma or a dash between a title and its unit


def _names_unit(entry: ExperienceEntry, text: str) -> bool:
    """The entry's title and organisation stand on one header line as "Title, Unit" or
    "Title – Unit", the unit being made of English words (a place is not)."""
    if not entry.title or not entry.organization or _LOCATION_ONLY.match(entry.organization):
        return False
    words = {w.lower() for w in _WORD.findall(entry.organization)}
    if not words or "(" in entry.organization or _establishment_words(entry.organization):
        return False  # "Banksia House (group home)", "Bluegum Lodge": establishments
    if any(w not in english_words() for w in words):
        return False
    return _field_after_title(entry, text, _UNIT_JOINTS)


# "Duties as Assistant Waiter (MV Sea Lantern):", "Responsibilities as Team Leader": a label
# over the duties of a role listed above (in a table of roles, or among promotions).
_DUTIES_AS = re.compile(
    r"(?:main |key )?(?:duties|responsibilities|tasks)(?: and responsibilities)?\s+as\s+"
    r"(?:an?\s+)?(?P<title>[^()]+?)\s*(?:\((?P<note>[^()]+)\))?\s*:?$",
    re.IGNORECASE,
)


def _duties_as(entries: list[ExperienceEntry]) -> list[ExperienceEntry]:
    """Duties printed under a label naming their role go to that role (the one whose
    employer, place or title holds the label's bracketed note, when several share the title),
    and the label is no entry of its own. A label whose role is not found stays as it was."""
    out = list(entries)
    for label in entries:
        named = _DUTIES_AS.match(label.title or "") if label.dates is None else None
        if named is None or label.organization is not None:
            continue
        title, note = _norm_words(named["title"]), _norm_words(named["note"] or "")
        # (a table row's title may have been read as its employer: "MV Coral Vesper | Galley
        # Utility")
        owners = [
            i
            for i, e in enumerate(out)
            if e is not label
            and e.dates is not None
            and title
            in (_norm_words(BRACKETED.sub(" ", e.title or "")), _norm_words(e.organization or ""))
        ]
        if note:
            owners = [
                i
                for i in owners
                if any(
                    note in _norm_words(f or "")
                    for f in (out[i].title, out[i].organization, out[i].location)
                )
            ]
        if len(owners) != 1 or out[owners[0]].bullets:
            continue
        owner = out[owners[0]]
        if _norm_words(owner.organization or "") == title:
            # The label names the role: the row's fields were read the wrong way round.
            owner = replace(owner, title=owner.organization, organization=owner.title)
        out[owners[0]] = replace(owner, bullets=label.bullets, bullet_spans=label.bullet_spans)
        out.remove(label)
    return out


# A form's start and end dates on two labelled lines: "Start Date: 02/2021" over "End Date:
# Current", "Date started (MM/YYYY): 06/2019" over "Date left: 01/2021".
_START_LABEL = re.compile(
    r"(?:start(?:ing)?|from|commenced|joined|date (?:started|from|of joining))"
    r"(?: date)?(?:\s*\([^)]{0,20}\))?\s*:\s*(?=\S)",
    re.IGNORECASE,
)
_END_LABEL = re.compile(
    r"(?:end(?:ing)?|to|until|finish(?:ed)?|left|date (?:ended|to|left|of leaving))"
    r"(?: date)?(?:\s*\([^)]{0,20}\))?\s*:\s*(?=\S)",
    re.IGNORECASE,
)


def _labelled_date_pairs(lines: list[_Line], as_of: tuple[int, int] | None) -> list[_Line]:
    """Join a form's labelled start and end lines into one dates line spanning both."""
    return _joined_pairs(lines, lambda line, nxt, after: _labelled_pair(line, nxt, as_of))


def _labelled_pair(line: _Line, nxt: _Line, as_of: tuple[int, int] | None) -> list[_Line] | None:
    """ "Start date: 03/2019" over "End date: 05/2021" as one dates line; None otherwise."""
    start = _START_LABEL.match(line.text) if not line.is_bullet else None
    end = _END_LABEL.match(nxt.text) if start and not nxt.is_bullet else None
    if not (start and end):
        return None
    text = f"{line.text[start.end() :]} – {nxt.text[end.end() :]}"
    found = find_date_ranges(text, as_of)
    if not (found and found[0].span.start == 0 and not found[0].single):
        return None
    span = Span(line.span.start, nxt.span.end)
    return [_Line(text, span, text, line.after_blank, (found[0],))]


def _joined_pairs(
    lines: list[_Line], pair: Callable[[_Line, _Line, _Line | None], list[_Line] | None]
) -> list[_Line]:
    """`lines` with each line and the next replaced by what `pair(line, next, the one after)`
    makes of them, where it makes something."""
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        after = lines[i + 2] if i + 2 < len(lines) else None
        joined = pair(line, nxt, after) if nxt is not None else None
        if joined is None:
            out.append(line)
            i += 1
            continue
        out.extend(joined)
        i += 2
    return out


# A present word opening a line in a date column: "Current", "present   Hotel Isarblick".
_PRESENT_OPENS = re.compile(
    r"(?P<word>present|current|currently|now|today|ongoing|to date)"
    r"(?:\s*\([^()\d]*\))?(?=\s{3}|\s*$)",  # "Present (currently employed)"
    re.IGNORECASE,
)


def _stacked_date_pairs(lines: list[_Line], as_of: tuple[int, int] | None) -> list[_Line]:
    """A date column with each start over its end: "MAY 2023   Guest Services Supervisor" over
    "Current", "05/2020   Receptionist" over "12/2022   Gasthof Alpenrose", "Aug 2022" over
    "Current". The two lone dates make one range on the first line, and the end leaves the
    second line (a line of nothing else goes)."""
    return _joined_pairs(lines, lambda line, nxt, after: _stacked(line, nxt, after, as_of))


def _stacked(
    line: _Line, nxt: _Line, after: _Line | None, as_of: tuple[int, int] | None
) -> list[_Line] | None:
    """`line` with the range its lone opening date makes with the lone date or present word
    opening `nxt`, then what is left of `nxt`; None when they make no range."""
    if line.is_bullet or nxt.is_bullet or len(line.dates) != 1 or not line.dates[0].single:
        return None
    start = line.dates[0]
    if line.text[: start.span.start].strip():
        return None
    present = _PRESENT_OPENS.match(nxt.text)
    if present:
        cut, end = present.end(), present.group("word")
    elif (
        len(nxt.dates) == 1
        and nxt.dates[0].single
        and not nxt.text[: nxt.dates[0].span.start].strip()
    ):
        cut = nxt.dates[0].span.end
        end = nxt.text[:cut].strip()
    else:
        return None
    rest = nxt.text[cut:].strip(_TRIM)
    if rest and (
        start.precision is Precision.YEAR
        or (after is not None and not after.is_bullet and after.dates)
    ):
        return None  # "2016   Sales Assistant, X" over "2017   Waiter, Y": a list of roles
    joined = _closed(line, start, end, as_of)
    if joined is None:
        return None
    if not rest:
        return [joined]
    offset = nxt.text.index(rest, cut)
    left = _Line(rest, Span(nxt.span.start + offset, nxt.span.end), rest, False)
    return [joined, left]


def _closed(line: _Line, start: DateRange, end: str, as_of: tuple[int, int] | None) -> _Line | None:
    """`line` with its lone date `start` closed by the date or present word `end` printed
    elsewhere; None when they make no range, an end before its start or a date after today."""
    text = f"{line.text[start.span.start : start.span.end]} – {end}"
    found = find_date_ranges(text, as_of)
    if len(found) != 1 or found[0].single or found[0].span != Span(0, len(text)):
        return None
    if found[0].warnings:
        return None
    return replace(line, dates=(replace(found[0], span=start.span),))


_DANGLING_DASH = re.compile(r"\s*[-–—]\s*$")
_DASH_ENDS = ("-", "–", "—", "- ", "– ", "— ")


def _dangling_ranges(lines: list[_Line], as_of: tuple[int, int] | None) -> list[_Line]:
    """A range wrapped in a narrow date column and read across the column beside it: "01/2021
    –", the title, then "Present". The open dash asks for an end, and a line of nothing but a
    date or present word two lines down gives it; that line goes."""
    out = list(lines)
    for i in range(len(out)):
        if i + 2 >= len(out):
            break
        if not out[i].text.endswith(_DASH_ENDS):
            continue  # (most lines: the open dash is the cheap test)
        joined = _dangling(out[i], out[i + 1], out[i + 2], as_of)
        if joined is not None:
            out[i] = joined
            del out[i + 2]
    return out


def _dangling(
    line: _Line, beside: _Line, below: _Line, as_of: tuple[int, int] | None
) -> _Line | None:
    """`line`, a lone date and an open dash, closed by `below`; None otherwise."""
    if line.is_bullet or len(line.dates) != 1 or not line.dates[0].single:
        return None
    start = line.dates[0]
    if line.text[: start.span.start].strip() or not _DANGLING_DASH.fullmatch(
        line.text, start.span.end
    ):
        return None
    if beside.is_bullet or beside.dates or below.is_bullet:
        return None
    present = _PRESENT_OPENS.fullmatch(below.text.strip())
    if present:
        end = present.group("word")
    elif len(below.dates) == 1 and below.dates[0].span == Span(0, len(below.text.rstrip())):
        end = below.text.strip()
    else:
        return None
    return _closed(line, start, end, as_of)


_CELL_BREAK = re.compile(r"\s*(?:<br\s*/?>|•)\s*", re.IGNORECASE)
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def _duty_cells(lines: list[_Line]) -> list[_Line]:
    """A table row of one role with its duties in the last cell ("Senior Sales Associate |
    Princes Street | 04/2020 – 01/2023 | • Led the floor<br>• Trained new starters"): the
    cells before it are the header, the last cell's items its bullets."""
    out: list[_Line] = []
    for line in lines:
        if not line.dates:
            out.append(line)
            continue
        cut = line.text.rfind(" | ")
        if line.is_bullet or cut < 0 or line.text != line.raw:
            out.append(line)
            continue
        cell = line.text[cut + 3 :]
        if line.dates[-1].span.end > cut or not _holds_duties(cell):
            out.append(line)
            continue
        head = line.text[:cut]
        dates = line.dates[0].span
        if not _TWO_LETTERS.search(head[: dates.start] + head[dates.end :]):
            out.append(line)  # "mai 2019 – présent | Agente … — Bureau …": the header's cell
            continue
        out.append(
            replace(line, text=head, raw=head, span=Span(line.span.start, line.span.start + cut))
        )
        at = cut + 3
        for piece in _CELL_BREAK.split(cell):
            begin = line.text.index(piece, at) if piece else at
            at = begin + len(piece)
            if piece.strip():
                start = line.span.start + begin
                out.append(_Line(f"• {piece}", Span(start - 2, start + len(piece)), f"• {piece}"))
    return out


def _holds_duties(cell: str) -> bool:
    """A table cell holding duties: bullets, or a sentence of eight words or more, mostly
    lower-case (not "Saigon Star Garment Co., Ltd. – Ho Chi Minh City")."""
    cell = cell.strip()
    words = cell.split()
    return (
        cell.startswith("•")
        or "<br" in cell.lower()
        or (len(words) >= 8 and _lowercase_ratio(words) > 0.5)
    )


_CAREER_WORD = re.compile(r"\b(?:career|employment|work|jobs?)\b", re.IGNORECASE)


def _lists_dated_roles(text: str, section: Section, as_of: tuple[int, int] | None) -> bool:
    """At least two lines of the section open or close with a date range."""
    return sum(map(_opens_or_closes_with_dates, _section_lines(text, section, as_of))) >= 2


_PORTFOLIO = re.compile(r"\bportfolio\b", re.IGNORECASE)


def _lists_titled_roles(text: str, section: Section, as_of: tuple[int, int] | None) -> bool:
    """At least two lines of the section are dated and open with a job title."""
    return (
        sum(
            _opens_or_closes_with_dates(line) and _role_score(_FIELD_BREAK.split(line.text)[0]) > 0
            for line in _section_lines(text, section, as_of)
        )
        >= 2
    )


def _opens_or_closes_with_dates(line: _Line) -> bool:
    ranges = [r for r in line.dates if not r.single]
    rest = line.text
    # "Festival Site Crew   04/2019 – 09/2019 (seasonal)": a note in brackets may follow.
    return bool(
        not line.is_bullet
        and ranges
        and (
            not rest[: ranges[0].span.start].strip()
            or not BRACKETED.sub("", rest[ranges[-1].span.end :]).strip()
        )
    )


def _profile_then_roles(
    text: str, section: Section, as_of: tuple[int, int] | None
) -> tuple[Section, ...]:
    """A profile that runs on into dated roles, split where its prose ends: the profile, then
    a work history from the line after its last prose line before the first dated role."""
    if not _lists_dated_roles(text, section, as_of):
        return (section,)
    cut = section.heading_span.end if section.heading_span else section.span.start
    for line in _section_lines(text, section, as_of):
        if _opens_or_closes_with_dates(line):
            break
        if _ends_with_full_stop(line.text.split()) or len(line.text.split()) > _PROSE_WORDS:
            cut = line.span.end
    profile = replace(section, span=Span(section.span.start, cut))
    roles = Section(SectionKind.EXPERIENCE, None, Span(cut, section.span.end), None)
    return (profile, roles)


_PROSE_WORDS = 12


def _details_of_listed_roles(entries: list[ExperienceEntry], text: str) -> list[ExperienceEntry]:
    """Roles listed once, with their dates (a table "When | Role | Where"), and again below,
    undated, over their duties ("Bartender · Sandcastle Cove Resort" / "• Swim-up bar …", or
    "Teller (Ithemba Savings Bank)") are one role each: the duties join the dated listing and
    the undated repeat goes."""
    listed: dict[str, int] = {}
    for i, entry in enumerate(entries):
        if entry.title and not entry.bullets:
            listed.setdefault(_norm_words(entry.title), i)
    if not listed:
        return entries
    out = list(entries)
    gone: set[int] = set()
    for i, entry in enumerate(entries):
        if entry.dates is not None or not entry.bullets:
            continue
        for key, org in _listing_keys(entry, text):
            target = listed.get(key)
            if target is None or target >= i:
                continue
            if not _same_employer(entries[target].organization, org):
                continue
            out[target] = replace(
                out[target], bullets=entry.bullets, bullet_spans=entry.bullet_spans
            )
            gone.add(i)
            listed.pop(key)
            break
    return [entry for i, entry in enumerate(out) if i not in gone]


_NAMED_IN_BRACKETS = re.compile(r"(?P<role>.+?)\s*\((?P<org>[^()]+)\)")


def _listing_keys(entry: ExperienceEntry, text: str) -> Iterator[tuple[str, str | None]]:
    """Ways an undated repeat names a listed role: its title with its employer, or its header
    line whole, or a header that names the employer in brackets after the title."""
    yield _norm_words(entry.title or ""), entry.organization
    end = text.find("\n", entry.span.start)
    header = text[entry.span.start : end if end >= 0 else len(text)].strip()
    yield _norm_words(header), None
    named = _NAMED_IN_BRACKETS.fullmatch(header)
    if named:
        yield _norm_words(named.group("role")), named.group("org")


def _same_employer(a: str | None, b: str | None) -> bool:
    """Whether two employer fields may name the same employer ("Sandcastle Cove Resort,
    Negril" and "Sandcastle Cove Resort"); a missing one may."""
    if not a or not b:
        return True
    first, second = _norm_words(a), _norm_words(b)
    return first.startswith(second) or second.startswith(first)


# Capitalised: a lower-case "promoted to …" goes on a duty wrapped from the line above.
_PROMOTION_NOTE = re.compile(r"(?:Promoted|PROMOTED) (?:to|as|TO|AS)\b")


def _logo_caption(line: str, below: Sequence[str]) -> bool:
    """ "Kainan Express logo" over "Service Crew" and "Kainan Express · Part-time": an
    employer's logo named in a profile copied from a job site's page."""
    if not line.endswith(" logo"):
        return False
    name = line[: -len(" logo")].strip()
    return bool(name) and any(other.strip().startswith(name) for other in below)


def _as_bullet(text: str, offset: int, after_blank: bool) -> _Line:
    """A duty line written without a bullet, at `offset`, as a bullet."""
    item = f"• {text}"
    return _Line(item, Span(offset - 2, offset + len(text)), item, after_blank)


def _ends_dates_above(stripped: str, raws: Sequence[str], number: int) -> bool:
    """ "Current" under "MAY 2023   Guest Services Supervisor": the end of a range whose start
    opens the line above, in a date column (`_stacked_date_pairs`), not a label."""
    if number == 0 or not _PRESENT_OPENS.fullmatch(stripped):
        return False
    above = raws[number - 1].strip()
    found = find_date_ranges(above) if above[:1].isalnum() else []
    return bool(found) and found[0].single and found[0].span.start == 0


def _section_lines(text: str, section: Section, as_of: tuple[int, int] | None) -> Iterator[_Line]:
    start = section.heading_span.end if section.heading_span else section.span.start
    pos = start
    blank = False
    raws = text[start : section.span.end].split("\n")
    for number, raw in enumerate(raws):
        begin = pos
        pos += len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            blank = True
        elif _logo_caption(stripped, raws[number + 1 : number + 4]):
            continue
        elif (
            is_subheading(stripped)
            or _is_column_labels(stripped)
            or _is_paperwork(stripped)
            or _is_job_note(stripped)
            or (_is_schedule(stripped) and not _wrapped_onto(raws[number - 1 : number]))
            or (_WHEN_LABEL.fullmatch(stripped) and not _ends_dates_above(stripped, raws, number))
        ):
            # "Responsibilities:" labels the lines below, it is not one of them; "Hours per
            # week: 40" and "Supervisor: …; may contact: Yes" are paperwork about the job.
            continue
        elif _QUOTED_MAIL.match(stripped):
            return  # a history typed into an e-mail reply: the message it quotes follows
        elif _SIGN_OFF.match(stripped):
            continue
        else:
            offset = begin + (len(raw) - len(raw.lstrip()))
            if numbered := _NUMBERED_ITEM.match(stripped):
                # "1) Supervising cash staff": a numbered duty is a bullet, with the duty's own
                # span; a numbered line with dates or a field label ("1. Position: Host")
                # names a role, less its number.
                offset += numbered.end()
                stripped = stripped[numbered.end() :]
                if (
                    not any(find_date_ranges(stripped, as_of))
                    and not _FIELD_LABEL.match(stripped)
                    and not _labels_below(raws, number)
                ):
                    yield _as_bullet(stripped, offset, blank)
                    blank = False
                    continue
            if _PROMOTION_NOTE.match(stripped):
                # "Promoted to ABM in April 2022" under a role: a note on it, its date no
                # role's; the role it names has its own entry when the writer counts it.
                yield _as_bullet(stripped, offset, blank)
                blank = False
                continue
            # Short unbulleted lines may be headers: mend words split by PDF extraction
            # ("Pres ent", "As sistant") so dates and titles are recognised.
            bullet = stripped.startswith("• ")
            short = not bullet and len(stripped) <= 120
            mended = repair_split_words(stripped) if short else stripped
            if short and " " in mended and _SPLIT_PRESENT.search(mended):
                # "08/2023 – Cur rent": both halves are words, so only a range's end mends it
                mended = _SPLIT_PRESENT.sub(lambda m: m[1] + m[2].replace(" ", ""), mended)
            # "… my two young children09/2021 – 01/2024", "General ManagerJanuary 2021 – …":
            # right-aligned or floated dates glued on by PDF extraction or an HTML span.
            if short and ("20" in mended or "19" in mended):
                mended = _GLUED_DATES.sub(" ", mended, count=1)
                mended = _GLUED_AFTER_PRESENT.sub(r"\g<end> ", mended, count=1)
            worked = _WORKED_AS.match(mended) if short else None
            if worked and _text_names_a_role(worked.group("title"), max_words=8):
                # "Worked as Teller with Al Dana Exchange LLC, Dubai.": a header in words
                mended = f"{worked.group('title')} at {worked.group('org')}"
            dates = () if bullet else tuple(find_date_ranges(mended, as_of))
            # With a space put in, the span reaches one character further, over the dates' end.
            end = offset + max(len(stripped), len(mended))
            yield _Line(mended, Span(offset, end), stripped, blank, dates)
            blank = False


# A present word split in two by PDF extraction or a typing slip, after a range's dash.
_SPLIT_PRESENT = re.compile(
    r"([–—-][ \t]*)("
    + "|".join(
        f"{word[:i]} {word[i:]}"
        for word in ("current", "present", "today", "ongoing")
        for i in range(2, len(word) - 1)
    )
    + r")\b",
    re.IGNORECASE,
)

_GLUED_DATES = re.compile(
    # (also after a state's code: "Brampstead, ONNov 2019 – Apr 2022")
    r"(?:(?<=[a-z])|(?<=\b[A-Z]{2}))"
    r"(?=(?:(?:0?[1-9]|1[0-2])[/.]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+)?(?:19|20)\d\d\s*(?:[–—-]|to\b))"
    # "Camp CounsellorSummer 2016": a season and its year
    r"|(?<=[a-z])(?=(?:Summer|Winter|Spring|Autumn|Fall)\s+(?:19|20)\d\d\b)"
    # "Roma QLDSep 2022 – Present", "Tulsa, OKMar '19 – Now", "Emerald QLDOct – Dec 2018": a
    # month glued to a state's code
    r"|(?:(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3}))"
    r"(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*(?:['’]\d\d\b|[–—-]))"
    r"|(?<=\b[A-Z]{3})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+(?:19|20)\d\d\s*(?:[–—-]|to\b))"
    # "Técnica de Enfermagemabr/2020 – atual": a month written "abr/2020" (Portuguese,
    # Spanish) glued on
    r"|(?<=[a-zà-ÿ])(?=(?:jan|fev|feb|mar|abr|mai|may|jun|jul|ago|set|sep|out|oct|nov|dez|dic"
    r"|ene)/(?:19|20)\d\d\b)"
)

# "09.2020–heuteStadtmuseum Lindenau", "Jan 2021 – PresentHarbour Bank": the name after the
# present word, glued on by an HTML float or a PDF.
_GLUED_AFTER_PRESENT = re.compile(
    r"(?P<end>\d\s*[–—-]\s*(?:present|current|now|today|heute|to ?date|till ?date|actual"
    r"|actualidad|actualmente|atual|atualmente|hoy|hoje|heden|aujourd'hui))"
    r"(?=(?-i:[A-ZÀ-Ý])[a-zà-ÿ])",
    re.IGNORECASE,
)

_WORKED_AS = re.compile(
    r"(?:I\s+)?(?:have\s+)?(?:been\s+)?[Ww]ork(?:ed|ing)\s+as\s+(?:an?\s+)?(?P<title>[^,.;]{2,80}?)"
    r"\s+(?:with|at|in|for)\s+(?:M/s\.?\s+)?(?P<org>[A-Z].*?)\.?$"
)

# "Previous", "Current work (concurrent)", "Earlier roles:": a label grouping the roles below.
_WHEN_WORDS = r"current|previous|past|earlier|early|recent|prior|older|other"
_WORK_WORDS = r"work|roles?|jobs?|positions?|employment|experience|career"
_WHEN_LABEL = re.compile(
    rf"(?:{_WHEN_WORDS})(?:\s+(?:{_WORK_WORDS}))?(?:\s*\([^()\d]*\))?\s*:?", re.IGNORECASE
)
# A work history typed into an e-mail: its sign-off, and the line over the quoted message.
_SIGN_OFF = re.compile(
    r"(?:best |kind |warm(?:est)? |many )?regards,?$|(?:yours )?sincerely,?$"
    r"|yours (?:faithfully|truly),?$",
    re.IGNORECASE,
)
_QUOTED_MAIL = re.compile(r"on .{6,120} wrote:$", re.IGNORECASE)


def _labels_below(raws: list[str], number: int) -> bool:
    """Whether the line after line `number` is a field of a job ("1. Data Entry Operator"
    over "Company   : Ceyline Garments (Pvt) Ltd"): the numbered line is that job's title."""
    following = raws[number + 1].strip() if number + 1 < len(raws) else ""
    return bool(following) and _FIELD_LABEL.match(following) is not None


# "1) ", "(2) ", "b) ", "3. " before a capital: numbered items within a job.
_NUMBERED_ITEM = re.compile(r"(?:\(?(?:\d{1,2}|[a-z])\)|\d{1,2}\.(?=\s+[A-Z]))\s+(?=\S)")
_LEAD_END = re.compile(r":\s|$")
_TITLE_WORDS = 6  # the most words of a job title in a bulleted role
_DASH_AFTER = re.compile(r"\s[—–]\s")
_DATE_TAIL = re.compile(r"\s*(?:\(|\d|present|now|current)", re.IGNORECASE)
# Administrative fields of a job (US federal résumés, European CVs), neither header nor duty.
_ADMIN_FIELD = re.compile(
    r"^(?:hours(?: per week| worked)?|(?:job )?series(?:/grade)?|(?:pay )?grade|pay plan"
    r"|salary|(?:starting |ending |final )?(?:salary|pay)|supervisor(?:'s name)?|may contact"
    r"|rank|reason for leaving|reporting to|reports to|line manager|team size|fte"
    r"|security clearance|business or sector|sector|industry|work schedule"
    r"|certifications?|certified|licen[cs]es?|licensure|credentials?)\s*:\s*\S",
    re.IGNORECASE,
)


# "Part-time", "Full time, permanent", "Temporary assignments": the terms of a job, on a line of
# their own or beside its employer (LinkedIn: "Brightloom Analytics · Full-time").
_TERMS = frozenset(
    "full-time part-time contract casual seasonal temporary temp permanent fixed-term "
    "zero-hour zero-hours assignment assignments".split()
)
_TERMS_SPLIT = re.compile(r"[\s,/&·+()]+|\band\b")
_TERMS_JOINED = re.compile(r"\b(full|part|fixed|zero)\s+(time|term|hours?)\b")


# "Lettings Receptionist — assigned to Castlegate Housing": a temp's client, under the agency
# that employs them; the client and its place are cut from the header.
# "Customer Service Representative – Account: US Telco", "(Campaign: Online Marketplace)": the
# outsourced account a contact-centre role served, not part of its title.
_ACCOUNT_NOTE = re.compile(
    r"\s*\((?:account|campaign)\s*:[^()]*\)|\s+[—–-]\s+(?:account|campaign)\s*:\s*[^|,\t]*",
    re.IGNORECASE,
)
_PLACEMENT = re.compile(
    r"\s*(?:[—–|,]\s*|-\s+)?\b(?:(?:assigned|placed|seconded|deployed|contracted)"
    r"|on assignment)\s+(?:to|at|with)\s.*$",
    re.IGNORECASE,
)


# A profile site's employment type after its employer: "Harbour Fire Brigade · Volunteer",
# "Kite Studio · Self-employed" (other types, "· Full-time", are job terms anywhere).
_PROFILE_TYPE = re.compile(
    r"\s+·\s+(?:volunteer|self-employed|freelance|internship|apprenticeship)\s*$", re.IGNORECASE
)


# Every terms line opens with one of these words: a cheap test that spares most lines the split.
_TERMS_OPENING = re.compile(
    r"[\s,/&·+()]*(?:full|part|contract|casual|seasonal|temp|permanent|fixed|zero|assignment|and\b)",
    re.IGNORECASE,
)


def _is_terms(text: str) -> bool:
    if not _TERMS_OPENING.match(text):
        return False
    words = _terms_words(BRACKETED.sub(" ", text))  # "Seasonal contract (fijo discontinuo)"
    return bool(words) and all(w in _TERMS for w in words)


def _terms_words(text: str) -> list[str]:
    """Lower-case words of a line of job terms, "full time" joined as "full-time"."""
    return [w for w in _TERMS_SPLIT.split(_TERMS_JOINED.sub(r"\1-\2", text.lower())) if w]


# A profile copied from a job site's page: "Coaching, Escalation Management and +3 skills",
# "Show all 5 experiences", and the time at an employer over its roles ("Full-time · 6 yrs
# 4 mos").
_SITE_CHROME = re.compile(
    r"\band \+\d+ skills?$|^show all \d+ \w+(?: \W)?$"
    r"|^(?:[\w-]+(?: [\w-]+)? · )?\d+ (?:yrs?(?: \d+ mos?)?|mos?)$",
    re.IGNORECASE,
)


# How a job ended or began again, on a line under its header: "Site closed January 2025 – made
# redundant", "Position eliminated in a company-wide layoff, October 2023", "Furloughed, then
# let go", "Rehired in March 2022".
_LEAVING_NOTE = re.compile(
    r"\(?(?:(?:site|branch|store|shop|office|plant|depot|factory|mill|company|business|firm"
    r"|restaurant|hotel|centre|center)\s+(?:closed|closure|shut)\b"
    r"|(?:role|post|position|job)\s+(?:was\s+)?(?:made\s+redundant|eliminated|abolished|cut\b)"
    r"|(?:was\s+)?made\s+redundant|laid\s+off|let\s+go\b|furloughed"
    # or how it began again: "Returned in April 2021 after two years in airline reservations"
    r"|(?:returned|re-?joined|re-?hired|re-?employed|transferred|relocated)\b)",
    re.IGNORECASE,
)
_A_DIGIT = re.compile(r"\d")
# The same said later in the line: "Started through Peoplebridge Recruitment; made permanent
# August 2021", "Seasonal contract in 2019; rejoined as permanent crew in May 2022".
_MOVE_NOTE = re.compile(
    r"\b(?:made\s+permanent|re-?joined|re-?hired|re-?employed|returned\s+(?:to|in|as|after))\b",
    re.IGNORECASE,
)


def _is_job_note(text: str) -> bool:
    """A line on how the job above ended or began again ("Branch closed April 2025 –
    redundancy", "Rehired in March 2022"), neither header nor duty; a spell of its own keeps
    its range ("Laid off (oil downturn) – upgrading courses   Apr 2016 – Dec 2016")."""
    noted = _LEAVING_NOTE.match(text) or (
        # (a note matters only with its date in it: most lines have no digit)
        not text.startswith("•") and _A_DIGIT.search(text) and _MOVE_NOTE.search(text)
    )
    return bool(noted) and all(r.single for r in find_date_ranges(text))


def _is_paperwork(text: str) -> bool:
    """ "Hours per week: 40", "Supervisor: …; may contact: Yes", Europass's "(Type of)
    business or sector …", "Part-time": facts about the job, neither header nor duty."""
    if ":" in text and _ADMIN_FIELD.match(text.lstrip("(")):  # "(supervisor: Prof. L. Amadi)"
        return True
    if _is_terms(text) or _SITE_CHROME.search(text):
        return True
    return text.lower().startswith(
        (
            "business or sector ",
            "type of business or sector ",
            "tipul activității sau sectorul de activitate",  # Romanian Europass
        )
    )


# When the hours of a job fell, on a line of its own under the header: "Weekends only",
# "(casual, home games)", "(Fri/Sat nights)", "Weekday mornings, 25 hrs/week", "Part-time
# during college". Every line of one names a time of the week or of the year.
_SCHEDULE_MARK = re.compile(
    r"\b(?:weekends?|weekdays?|week ?nights?|nights|evenings|mornings|afternoons|hrs|hours"
    r"|/ ?w(?:ee)?k|per week|a week|only|home games|match ?days|term[- ]time|during|alongside"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)(?:days?|s)?)\b",
    re.IGNORECASE,
)
_SCHEDULE_WORDS = frozenset(
    "weekend weekends weekday weekdays weeknight weeknights week-night night nights evening "
    "evenings morning mornings afternoon afternoons day days shift shifts hrs hr hours hour h "
    "per a an week wk weekly only home games game matchday matchdays match term term-time time "
    "during alongside around about approx up to on call as needed required when school "
    "college university uni studies study my holidays holiday breaks and or plus early late "
    "independent contractor "
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday "
    "saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays "
    "mons tues weds thurs fris sats suns".split()
)
_SCHEDULE_SPLIT = re.compile(r"[\s,/&·+()\[\]–—]+")
_NUMBER_WORD = re.compile(r"\d+(?:[.-]\d+)?\+?(?:hrs?|h)?")


def _is_schedule(text: str) -> bool:
    """A line of when the job's hours fell and how many ("Weekends only", "(Fri/Sat nights)",
    "Weekday mornings, 25 hrs/week"): it names no employer and no duty."""
    if (
        len(text) > 60
        or not (text[:1].isupper() or text[:1] == "(")
        or not _SCHEDULE_MARK.search(text)
    ):
        return False
    words = [w for w in _SCHEDULE_SPLIT.split(text.lower()) if w]
    return (
        0 < len(words) <= 8
        and not any(_YEAR_WORD.fullmatch(w) for w in words)
        and all(
            w in _SCHEDULE_WORDS or w in _SEASON_TERMS or _NUMBER_WORD.fullmatch(w) for w in words
        )
    )


_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_OPEN_END = re.compile(r"(?:\b[a-z]\w*|[,&+-])$")


def _wrapped_onto(above: list[str]) -> bool:
    """Whether a line is the rest of the line `above` (none, or one), wrapped: that line stops
    on a small word or a comma ("… patrons on Friday and" over "Saturday nights")."""
    return bool(above) and _OPEN_END.search(above[0].rstrip()) is not None


def _roles_in_bullets(lines: list[_Line], as_of: tuple[int, int] | None) -> list[_Line]:
    """A section of bullets only, each naming a dated role ("• Treasurer, Chess Club (Sept. 2023
    – Present): Managed the budget"): each bullet's lead is the role's header and the rest its
    duty. Bullets under a header line stay duties; in a section with other lines, a dated
    bullet may head a role (`_dated_bullet_header`) and a role written as one paragraph is
    parted into its header and duty (`_header_run_on`)."""
    if not lines:
        return []
    if not all(line.is_bullet for line in lines):
        following = [*lines[1:], None]
        return [
            part
            for line, after in zip(lines, following, strict=True)
            for part in _header_run_on(_dated_bullet_header(line, after, as_of), as_of)
        ]
    out: list[_Line] = []
    for line in lines:
        text = line.text[2:]
        cut = _LEAD_END.search(text)
        assert cut is not None  # `$` always matches
        lead = text[: cut.start()]
        dates = tuple(find_date_ranges(lead, as_of))
        # A title is short: "… with a regional aerospace manufacturer (2022)" is an achievement.
        if not dates or not _text_names_a_role(lead, _TITLE_WORDS):
            out.append(line)
            continue
        dash = _DASH_AFTER.search(lead, dates[0].span.end)
        if dash and not _DATE_TAIL.match(lead, dash.end()):
            # "Presenter, Ciencia en la Plaza (2017–present) — Monthly science stand": after
            # the dates, a dash parts the header from the duty.
            cut, lead = dash, lead[: dash.start()]
        start = line.span.start + 2
        out.append(_Line(lead, Span(start, start + len(lead)), lead, line.after_blank, dates))
        rest = text[cut.end() :]
        if rest.strip():
            # Still a bullet, so that its text and span are the rest's own.
            rest_start = start + cut.end()
            out.append(_Line(f"• {rest}", Span(rest_start - 2, line.span.end), f"• {rest}"))
    return out


_COLUMN_LABELS = frozenset(
    """when date dates period from to until duration role title position job designation company
    employer organisation organization where location city place description duties
    responsibilities start end vessel ship rank client agency assignment sign-on sign-off notes
    store branch site department details comments achievements""".split()
) | frozenset({"what i did", "key duties", "main duties", "job title", "start date", "end date"})
_SIGN_ON_OFF = re.compile(r"\bsign[ -]?(on|off)\b", re.IGNORECASE)


def _header_run_on(line: _Line, as_of: tuple[int, int] | None) -> list[_Line]:
    """A role written as one paragraph ("Deckhand, Northumberland Ferries Co-op, Caribou, NS
    (May 2017 – Oct 2018). Directed cars and passengers on and off the vessel."): the header
    ends with its dates, and the sentences after them are the role's duty."""
    if line.is_bullet or not line.dates or line.dates[0].single:
        return [line]
    dates = line.dates[0]
    text = line.text
    end = _RUN_ON_END.match(text, dates.span.end)
    lead = text[: dates.span.start]
    if (
        end is None
        or len(text[end.end() :].split()) < _RUN_ON_WORDS
        or not _FIELD_BREAK.search(lead)
        or not _text_names_a_role(lead.rstrip(" (["), _TITLE_WORDS)
    ):
        return [line]
    header = text[: end.end()].rstrip(" .:;–—-")  # up to the dates and their bracket
    rest_start = line.span.start + end.end()
    rest = text[end.end() :]
    return [
        _Line(
            header,
            Span(line.span.start, line.span.start + len(header)),
            header,
            line.after_blank,
            (dates,),
        ),
        _Line(f"• {rest}", Span(rest_start - 2, line.span.end), f"• {rest}"),
    ]


# The dates' end, a closing bracket, then a full stop, colon or dash before the duty.
_RUN_ON_END = re.compile(r"\s*[)\]]?\s*(?:[.:;]|\s[—–-])\s+(?=\S)")
_RUN_ON_WORDS = 3  # the fewest words of a duty run on after the header


def _dated_bullet_header(
    line: _Line, following: _Line | None, as_of: tuple[int, int] | None
) -> _Line:
    """A bullet that opens with a date range and names a role ("• 2022.04 – now · Owner &
    Head Barista, Café Salt"), over unbulleted duty lines, is a role's header. So is a short
    bullet that ends with its dates over a labelled field ("• Cloudnexa Technologies Pvt.
    Ltd., Pune (April 2023 – Till date)" over "Designation: Technical Support Engineer")."""
    if not line.is_bullet:
        return line
    text = line.text[2:]
    opens = text[:1].isdigit()
    over_title = (
        not opens
        and following is not None
        and not following.is_bullet
        and _label_field(following.text) == "title"
    )
    if not (opens or over_title):
        return line
    dates = tuple(find_date_ranges(text, as_of))
    if not dates:
        return line
    if opens:
        header = dates[0].span.start == 0 and not dates[0].single
        header = header and _text_names_a_role(text, _TITLE_WORDS)
    else:
        last = dates[-1]
        header = (
            not last.single
            and not text[last.span.end :].strip(" )]")
            and len(text.split()) <= _TITLE_WORDS * 2
            and _has_role_or_org(text[: last.span.start])
        )
    if not header:
        return line
    start = line.span.start + 2
    return _Line(text, Span(start, line.span.end), text, line.after_blank, dates)


def _is_column_labels(text: str) -> bool:
    """A table's header row ("When | Role | Company | Where"), not a role; printed with single
    spaces, three or more labels ("Vessel Position Company Sign On Sign Off")."""
    words = text.lstrip("| \t").split(None, 1)
    first = words[0].lower().rstrip(":|") if words else ""
    if first not in _COLUMN_LABELS and first != "sign":
        return False  # every field is a label, so the first word is one (most lines stop here)
    text = _SIGN_ON_OFF.sub(r"sign-\1", text)
    if "|" not in text and "   " not in text and "\t" not in text:
        words = text.lower().split()
        return len(words) >= 3 and all(w.rstrip(":") in _COLUMN_LABELS for w in words)
    fields = [f.strip().lower() for f in re.split(r"\||\s{3,}|\t", text) if f.strip()]
    return len(fields) >= 2 and all(f.rstrip(":") in _COLUMN_LABELS for f in fields)


def _is_body(line: _Line) -> bool:
    """Duty text: bullets, sentences and long lines; everything else may be a header."""
    if line.is_bullet:
        return True
    if _FIELD_LABEL.match(line.text) or _DUTIES_AS.match(line.text):
        return False  # "Occupation or position held Pharmacist", "Duties as Galley Utility:"
    if _INLINE_LABEL.match(line.text):
        return True  # "Duties | Outbound sales calls …", from a two-column table
    words = line.text.split()
    if _EMPTYISH.match(line.text):
        return False  # "to" between dates on their own lines
    ranges = line.dates  # whether a line has dates does not depend on `as_of`
    dated = bool(ranges)
    if words[0][:1].islower() and not dated:
        return True  # a wrapped line goes on from the one above
    if len(words) > (25 if dated else 14) and line.text.count(" | ") < 2:
        return True  # (fields parted by pipes are a header's, however many words they hold)
    full_stop = _ends_with_full_stop(words)
    sentence = len(words) >= 6 and full_stop and not _names_role_first(line.text)
    if dated:
        if words[0][:1].islower() and line.text.endswith("."):
            return True  # "scores for my modules averaged 4.5/5 over 2023–2025." goes on prose
        # "Owned renewals. 104% net revenue retention in 2023." and "Achieved 92% FCR and was
        # rated best of the floor in Dec 2018" tell when, in a duty.
        return all(r.single for r in ranges) and (
            sentence or (len(words) >= 6 and _starts_with_duty_verb(line, words))
        )
    if sentence:
        return True
    if (len(words) >= 5 or (len(words) >= 2 and full_stop)) and (
        _starts_with_duty_verb(line, words)
    ):
        return True  # "Migrated 40+ services to ..." is a duty, not a title
    # "Agent de saisie (data entry clerk)": a title in another language, head noun first
    heads_first = _heads_first([w.lower().strip(".,") for w in words], line.text)
    if len(words) >= 5 and _lowercase_ratio(words) > 0.5 and not heads_first:
        return True
    # "Dienstpläne und Inventuren für drei Filialen": German nouns are capitalised, so a duty
    # shows by its small words, where no role or employer word is named.
    return (
        len(words) >= 4
        and len(_GERMAN_SMALL_WORDS.intersection(words)) >= 2
        and not _has_role_or_org(line.text)
        and not any(_heads(w.lower().strip(".,")) for w in words)
    )


_GERMAN_SMALL_WORDS = frozenset(
    "und für von mit der das im bei auf zur zum sowie nach aus über vom den dem des".split()
)


# "S.A.", "B.V.", "S.p.A.", "Co.", "Ltda.": initials and short capitalised abbreviations.
_ABBREVIATED = re.compile(r"(?:[A-Za-z]{1,2}\.){2,}|[A-Z][a-z]{0,3}\.")


def _ends_with_full_stop(words: Sequence[str]) -> bool:
    """A sentence's full stop, not an abbreviation's dot ("Northwind Telecom Pvt. Ltd.",
    "Pagaí Pagamentos S.A.")."""
    last = words[-1]
    return last.endswith(".") and not (
        last[:-1].lower() in _ABBREVIATIONS
        or _SUFFIX_AFTER_DOT.fullmatch(last)
        or _ABBREVIATED.fullmatch(last)
    )


def _starts_with_duty_verb(line: _Line, words: Sequence[str]) -> bool:
    first = words[0].lower()
    return (
        first.endswith(("ed", "ing"))
        and not _CAREER_BREAK.match(line.text)  # "Caring for a family member" heads a break
        # ("Red River Care Home", "King Street Cafe": no verbs; "Led a team" is one)
        and (len(first) > 4 or first in _SHORT_DUTY_VERBS)
        and first not in _TITLE_ADJECTIVES
        and words[1].lower().strip(".,") not in role_words()  # "Working student in …"
        and not _is_role_or_org_word(words[-1].lower().strip(".,"))
        and not _SPLIT.search(line.text)
        # Every word capitalised is a name ("United Parcel Service, Greyfield, MI", "Caring
        # Hands Agency", "United Way of Smith County"), unless the whole line is in capitals
        and (
            any(w[:1].islower() and w not in _NAME_SMALL_WORDS for w in words)
            or line.text.isupper()
        )
        # "Listening Post Ireland, Carrigmore branch": three capitalised words before a comma
        # name the employer, whatever follows it (unless every word is in capitals)
        and (line.text.isupper() or not _capitalised_name_before_comma(line.text))
    )


def _capitalised_name_before_comma(text: str) -> bool:
    lead = text.split(",", 1)[0].split() if "," in text else []
    return len(lead) >= 3 and all(w[:1].isupper() or w in _NAME_SMALL_WORDS for w in lead)


_NAME_SMALL_WORDS = frozenset(("of", "and", "&", "de", "du", "des", "la", "der", "von"))


_SHORT_DUTY_VERBS = frozenset({"led", "fed", "sped"})
_TITLE_ADJECTIVES = frozenset(
    "registered licensed certified qualified chartered accredited trained head lead acting "
    "managing consulting visiting founding".split()
)


def _names_role_first(text: str) -> bool:
    """'Archivist. Champlain Valley Historical Society, Shelburne.': a header in sentences."""
    first = _split_sentences(text)
    words = [w.lower() for w in _WORD.findall(first[0])]
    return len(first) > 1 and 0 < len(words) <= 5 and words[-1] in role_words()


_RATIO_SMALL_WORDS = frozenset(
    ("and", "of", "the", "for", "in", "at", "to", "&", "a", "an", "de", "on", "with")
)


def _reads_as_duty(text: str) -> bool:
    """Five words or more, opening with a past-tense verb and mostly lower-case ("Cared for
    two children aged 1 and 4"): a duty, not a name ("Armed Forces of the Republic" is a name)."""
    words = text.split()
    if len(words) < 5:
        return False
    first = words[0].lower()
    verb = first.endswith("ed") and len(first) > 4 and first not in _TITLE_ADJECTIVES
    return verb and _lowercase_ratio(words) > 0.5


def _lowercase_ratio(words: Sequence[str]) -> float:
    alpha = [w for w in words if w[:1].isalpha() and w.lower() not in _RATIO_SMALL_WORDS]
    lower = [w for w in alpha if w[:1].islower()]
    return len(lower) / max(1, len(alpha))


@dataclass
class _Block:
    lines: list[_Line]
    body: list[_Line] = field(default_factory=list)


def _blocks(lines: Sequence[_Line]) -> list[_Block]:
    blocks: list[_Block] = []
    for number, line in enumerate(lines):
        # A duty cut off mid-phrase ("... guest requests at a") goes on in the next line.
        goes_on = bool(blocks and blocks[-1].body and not line.after_blank) and _ends_mid_phrase(
            blocks[-1].body[-1].text
        )
        if goes_on and _ranged(line):
            # "… meeting families when they want to talk it through" over "Junior Sister
            # (Band 6)   August 2017 – February 2022": a particle may end the duty.
            goes_on = blocks[-1].body[-1].text.rstrip().rsplit(None, 1)[-1] not in _PARTICLES
        following = lines[number + 1] if number + 1 < len(lines) else None
        # "Top rep in Q3 2021." straight under a duty sentence is another duty sentence.
        goes_on = goes_on or bool(
            blocks
            and blocks[-1].body
            and not line.after_blank
            and not line.is_bullet
            and not blocks[-1].body[-1].is_bullet
            and blocks[-1].body[-1].text.endswith(".")
            and line.text.endswith(".")
            and not _ranged(line)
        )
        goes_on = goes_on or bool(blocks and _notes_its_dates(blocks[-1], line))
        # "Clean theaters between showings" straight under an unbulleted duty, closing the
        # role before a blank line: a short duty in lower case after its first word.
        goes_on = goes_on or bool(
            blocks
            and blocks[-1].body
            and not blocks[-1].body[-1].is_bullet
            and not line.after_blank
            and not line.is_bullet
            and not line.dates
            and (following is None or following.after_blank)
            and _short_duty(line.text)
        )
        if goes_on or (_is_body(line) and not _heads_its_dates(line, following)):
            if blocks:
                blocks[-1].body.append(line)
            else:
                blocks.append(_Block([], [line]))
        elif (
            blocks
            and blocks[-1].body == []
            and blocks[-1].lines
            and not _starts_role(blocks[-1].lines, line)
        ):
            blocks[-1].lines.append(line)
        else:
            blocks.append(_Block([*_employer_line_left_above(blocks, line), line]))
    return blocks


def _ranged(line: _Line) -> bool:
    """Whether the line holds a date range (not a single date)."""
    return any(not r.single for r in line.dates)


def _employer_line_left_above(blocks: list[_Block], line: _Line) -> list[_Line]:
    """ "Sal's Grill — Fairmont City, NC" over "Line Cook · Apr 2015 – May 2017", then after a
    blank line "Dairy Hut — Fairmont City, NC" over "Crew Member · Jun 2013 – Mar 2015": where
    roles are laid out as an undated employer line over a dated title line, a duty-less role's
    block has taken in the next role's employer line. It moves to the dated line it heads
    (and is returned, taken off the block above)."""
    if not blocks or blocks[-1].body or not _ranged(line):
        return []
    above = blocks[-1].lines
    if not (
        len(above) >= 3
        and not _ranged(above[0])
        and _ranged(above[1])
        and _ranged(above[-2])
        # (dates on a line of their own, the employer under them is that role's)
        and not _dates_alone(above[-2])
        and not above[-1].dates
        and above[-1].after_blank
        and not _names_a_place(above[-1])
    ):
        return []
    return [above.pop()]


def _short_duty(text: str) -> bool:
    """Three words or more, the first capitalised and every other in lower case, with no
    field separators: "Clean theaters between showings" (not "Sales assistant" alone)."""
    words = text.split()
    return (
        len(words) >= 3
        and words[0][:1].isupper()
        and all(w[:1].islower() for w in words[1:])
        and not re.search(r"[|·—–:]", text)
    )


_NOTE_EDGES = " \t:;,.·|–—-()[]"


def _notes_its_dates(block: _Block, line: _Line) -> bool:
    """ "January–April 2025 tax season", "April – September 2020: temporarily laid off while
    the hotel was closed" under a dated role's header, before its duties: a note in words
    about when, not another role. The words beside the dates start in lower case and are no
    terms of the job ("part-time") or its place ("remote")."""
    ranges = [r for r in line.dates if not r.single]
    if line.is_bullet or not ranges or block.body or not block.lines:
        return False
    # Straight under the dated line, or within its range: a title line in between with dates
    # outside that range starts the next role ("Line Cook" over "Jan '20 – May '21 (laid off
    # when the diner closed)").
    held = [r for header in block.lines for r in header.dates if not r.single]
    if not held:
        return False
    if not _ranged(block.lines[-1]) and not _range_inside(ranges[0], held):
        return False
    rest = " ".join(
        piece.strip(_NOTE_EDGES)
        for piece in (line.text[: ranges[0].span.start], line.text[ranges[-1].span.end :])
    ).strip()
    words = rest.split()
    # "lifeguard @ Pinecrest city pool (summer 21)": a role written all in lower case.
    role_at = _ROLE_AT.match(rest)
    return (
        len(words) >= 2
        and rest[:1].islower()
        and not _is_terms(rest)
        and not _names_a_place(replace(line, text=rest))
        and not (role_at and _text_names_a_role(role_at.group(1), max_words=3))
    )


_ROLE_AT = re.compile(r"(.+?)\s+(?:@|at)\s+\S")


def _range_inside(inner: DateRange, outer: Sequence[DateRange]) -> bool:
    """Whether a range lies inside one of `outer`."""
    months = month_interval(inner, (MAX_YEAR, 12))
    return any(_within(months, month_interval(o, (MAX_YEAR, 12))) for o in outer)


def _employers_after_duties(blocks: list[_Block]) -> list[_Block]:
    """In a labelled form whose employer field follows the duties (the older Europass CV:
    dates, "Occupation or position held …", duties, "Name and address of employer …"), the
    employer line is its role's, not the next role's."""
    for previous, block in itertools.pairwise(blocks):
        fields = [_label_field(line.text) for line in previous.lines]
        if "title" not in fields or not previous.body:
            continue
        if not all(
            field in {"title", "location"} or _dates_alone(line)
            for field, line in zip(fields, previous.lines, strict=True)
        ):
            continue  # the role's header names its employer already
        count = 0
        while count < len(block.lines) and _label_field(block.lines[count].text) in {
            "organization",
            "location",
        }:
            count += 1
        if count:
            previous.lines.extend(block.lines[:count])
            del block.lines[:count]
    return blocks


def _dates_after_duties(blocks: list[_Block]) -> list[_Block]:
    """Roles whose dates follow their duties (a table row per job read cell by cell: title and
    employer, duties, then "Sep 2023 – Present"): the first role has no dates above its duties,
    each later block opens with a dates line, and the last is that line alone (or, when the
    last role has no duties, its header between the dates above and its own). Each dates line
    goes back to the role above it."""
    roles = [block for block in blocks if block.lines]
    if len(roles) < 2 or any(line.dates for line in roles[0].lines) or not roles[0].body:
        return blocks
    last = roles[-1]
    bare_last_role = (
        len(last.lines) >= 3
        and _dates_alone(last.lines[0])
        and _dates_alone(last.lines[-1])
        and not any(line.dates for line in last.lines[1:-1])
    )
    if last.body or not (bare_last_role or all(_dates_alone(line) for line in last.lines)):
        return blocks
    if not all(_dates_alone(block.lines[0]) and len(block.lines) > 1 for block in roles[1:-1]):
        return blocks
    for previous, block in itertools.pairwise(roles):
        previous.lines.append(block.lines.pop(0))
    return [block for block in blocks if block.lines or block.body]


def _names_a_place(line: _Line) -> bool:
    """ "Location: Remote", "Leeds, UK", "Remote": a line that only gives the job's place."""
    return _label_field(line.text) == "location" or bool(_PLACE_ONLY.fullmatch(line.text))


def _dates_alone(line: _Line) -> bool:
    """A line of dates and at most a label ("Dates 01/09/2019 – Present")."""
    label = _DATES_LABEL.match(line.text)
    if label:  # blanked out, so that the dates keep their places
        line = replace(line, text=" " * label.end() + line.text[label.end() :])
    at = line.span.start  # `line.dates` lie within the line; _date_only takes document places
    ranges = [replace(r, span=Span(r.span.start + at, r.span.end + at)) for r in line.dates]
    return bool(ranges) and _date_only(line, ranges)


# Words that label a job's dates: "Dates 01/09/2019 – Present", "· Period: 03/2021 – present".
_DATE_LABEL_WORDS = (
    r"dates?(?: employed| of employment)?|employment dates|period|duration"
    r"|per[íi]odo|p[ée]riode|perioada|zeitraum|okres|dur[ée]e|duraci[óo]n|duração"
)
_DATES_LABEL = re.compile(rf"^\s*(?:{_DATE_LABEL_WORDS})\b\s*[:|]?", re.IGNORECASE)


def _label_field(text: str) -> str | None:
    label = _FIELD_LABEL.match(text)
    return _LABEL_FIELDS.get(" ".join(label.group("label").lower().split())) if label else None


_HARD_FIELD_BREAK = re.compile(r"\s[—–|]\s")


def _heads_its_dates(line: _Line, following: _Line | None) -> bool:
    """A short unbulleted line after a blank, over a line of dates alone, is a header in
    words ("Full-time carer for my mother" over "(2012 to 2015)"), not a duty; so is a career
    break's line straight after the duties above ("Family leave – caregiver for my father")."""
    if following is None or line.is_bullet or line.dates:
        return False
    if (
        (line.after_blank or _CAREER_BREAK.match(line.text))
        and len(line.text.split()) <= 10
        and _dates_alone(following)
    ):
        return True
    # "Claims Processor (contract) — Contract – national health insurer (via staffing agency)"
    # over "Remote | March 2018 – December 2020": a long header whose first field is a title,
    # over a line of a place or work mode and dates
    return (
        not following.is_bullet
        and _HARD_FIELD_BREAK.search(line.text) is not None
        and _opens_or_closes_with_dates(following)
        and _role_score(_FIELD_BREAK.split(line.text)[0]) > 0
        and _role_score(_FIELD_BREAK.split(following.text)[0]) <= 0
    )


def _holds(line: _Line, date_range: DateRange | None) -> bool:
    return date_range is not None and line.span.start <= date_range.span.start < line.span.end


_SELF_EMPLOYED = r"self[- ]employed|freelancer?|sole (?:proprietor|trader)|independent contractor"
_SELF_EMPLOYED_NOTE = re.compile(
    rf"(?:{_SELF_EMPLOYED})\b"
    r"(?!.*\s(?:at|for|with)\s)[^,|]{0,40}$",
    re.IGNORECASE,
)


_SELF_EMPLOYED_FIELD = re.compile(_SELF_EMPLOYED, re.IGNORECASE)


def _only_a_place(text: str) -> bool:
    """ "Karachi", "Toledo area", "Leeds, West Yorkshire": a place and nothing else."""
    return (
        bool(_LOCATION_ONLY.match(text)) or _is_town(text) or _known_place(text)
    ) and not _has_role_or_org(text)


_OWN_ACCOUNT_LEAD = re.compile(rf"({_SELF_EMPLOYED})(?:\s*,\s*|\s+[-–—|·]\s+|\s*$)", re.IGNORECASE)


def _split_roles(lines: list[_Line]) -> list[list[_Line]]:
    """Split a header group holding two titled roles ("Treasurer 2017 – 2019 / Society /
    President / Radio Club") before the second role; the order of the first (title or
    organisation first) decides where the second begins."""
    heads = [i for i, line in enumerate(lines) if _has_role_head(line.text)]
    # "Delivery Rider, DashDrop   Jul 2023 - Oct 2024" over "Self-employed contractor (own
    # ABN)": an undated line of the job's terms under a dated role is no second role.
    heads = [
        i
        for i in heads
        if not (
            i > heads[0]
            and _SELF_EMPLOYED_NOTE.match(lines[i].text)
            and not lines[i].dates
            and any(line.dates for line in lines[:i])
        )
    ]
    if len(heads) < 2:
        return [lines]
    title_first = heads[0] == 0
    cuts: list[int] = []
    for previous, head in itertools.pairwise(heads):
        if head - previous < 2:
            continue  # "Title / Title" lines next to each other stay together
        cut = head if title_first else head - 1
        if cut > (cuts[-1] if cuts else 0):
            cuts.append(cut)
    if not cuts:
        return [lines]
    bounds = [0, *cuts, len(lines)]
    return [lines[a:b] for a, b in itertools.pairwise(bounds)]


def _starts_role(block: Sequence[_Line], line: _Line) -> bool:
    """After a blank line, a titled line starts a new header when the block above already
    has its own title ("Events Officer / Society", blank, "Secretary | 2015 – 2016")."""
    if not line.after_blank:
        return False
    return _has_role_head(line.text) and any(_has_role_head(b.text) for b in block)


# The fields of a header line: "Treasurer, Chess Club", "Events Officer / Society", "Host |
# 2019"; and "at" before an employer.
_ROLE_FIELDS = re.compile(r",|\s[|/—–·•-]\s|\(|\)|\s{3,}")
_AT = re.compile(r"\s(?:at|@)\s")


def _has_role_head(text: str) -> bool:
    if "·" in text:
        text = _PROFILE_TYPE.sub("", text)  # "Harbour Fire Brigade · Volunteer": no role
    if not any(_heads(w.lower().strip(".,")) for w in _WORD.findall(text)):
        return False  # (cutting a town off below only takes words away)
    # The town at the end of an employer line is no role ("…, Carver Falls, OH").
    text = _LOCATION_TAIL.sub("", text) or text
    words = [w.lower().strip(".,") for w in _WORD.findall(text)]
    if not any(_heads(w) for w in words):
        return False
    # A role word inside a name ("Carver Falls Urgent Care") heads no role.
    return any(_role_score(field) > 0 for field in _ROLE_FIELDS.split(text) if field.strip())


def _block_dates(
    lines: Sequence[_Line], as_of: tuple[int, int] | None
) -> list[tuple[int, DateRange]]:
    """Date ranges in a header block with the index of the line each starts on.

    Lines are joined with spaces so that a range split over lines ("01/2015", "to",
    "03/2017") is still found.
    """
    joined = " ".join(line.text for line in lines)
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line.text) + 1
    found: list[tuple[int, DateRange]] = []
    for date_range in find_date_ranges(joined, as_of):
        index = max(i for i, s in enumerate(starts) if s <= date_range.span.start)
        found.append((index, _shift(date_range, lines, starts, index)))
    # A lone year is only a date at a line end ("HR Intern 2019"), which joining hides; and
    # joining can glue a line's range to digits above it ("MD 20746" + "10/2016 – 02/2019"
    # reads as one number), so a longer range found on the line alone wins.
    for index, line in enumerate(lines):
        for date_range in line.dates:
            span = Span(
                line.span.start + date_range.span.start, line.span.start + date_range.span.end
            )
            overlaps = [
                k
                for k, (_, r) in enumerate(found)
                if r.span.start < span.end and span.start < r.span.end
            ]
            if not overlaps:
                found.append((index, replace(date_range, span=span)))
            elif len(overlaps) == 1 and _wider(found[overlaps[0]][1], span, date_range):
                found[overlaps[0]] = (index, replace(date_range, span=span))
    found.sort(key=lambda item: item[1].span.start)
    return found


def _wider(joined: DateRange, span: Span, own: DateRange) -> bool:
    """The line's own range reaches further than the block's reading of the same dates: a
    longer span, or a range where the block read one date (`_stacked_date_pairs`)."""
    return _inside(joined.span, span) or (joined.span == span and joined.single and not own.single)


def _inside(inner: Span, outer: Span) -> bool:
    """`inner` lies within `outer` and is shorter."""
    return outer.start <= inner.start and inner.end <= outer.end and inner != outer


def _shift(
    date_range: DateRange, lines: Sequence[_Line], starts: Sequence[int], index: int
) -> DateRange:
    """Move a range's span from joined-block offsets to document offsets."""
    begin = lines[index].span.start + date_range.span.start - starts[index]
    last = max(i for i, s in enumerate(starts) if s < date_range.span.end)
    end = lines[last].span.start + date_range.span.end - starts[last]
    return replace(date_range, span=Span(begin, end))


def _date_only(line: _Line, ranges: Sequence[DateRange]) -> bool:
    rest = line.text
    for date_range in ranges:
        if line.span.start <= date_range.span.start < line.span.end:
            a = date_range.span.start - line.span.start
            b = min(date_range.span.end, line.span.end) - line.span.start
            rest = rest[:a] + " " * (b - a) + rest[b:]
    rest = _DURATION.sub(" ", rest)
    if sum(c.isalpha() for c in rest) < 3:
        return True
    # "Sep '21 – Jan '23   |   Seattle, WA", "Nov 2019 – Aug 2021 (furloughed)   Remote":
    # the role's dates with its place or a note.
    rest = BRACKETED.sub(" ", rest).strip(_TRIM)
    return bool(_PLACE_ONLY.fullmatch(rest)) and not _has_role_or_org(rest)


# A town with its state, region or country, or a work mode: no employer, no role.
_PLACE_ONLY = re.compile(
    rf"{_PLACE}(?:,\s*|\s+)(?:{'|'.join(_STATES)}|{_COUNTRIES}|{_REGIONS})"
    rf"|(?i:{_WORK_MODE.pattern})"
)


def _segment_section(
    text: str,
    lines: Sequence[_Line],
    section: Section,
    as_of: tuple[int, int] | None,
    strict: bool,
    fallback: bool,
) -> Iterator[ExperienceEntry]:
    """Entries of one section. `strict` keeps only role-like headers (activities,
    achievements); `fallback` (no work heading found anywhere) also needs a date."""
    blocks = _dates_after_duties(_employers_after_duties(_blocks(lines)))
    dated = [(block, _block_dates(block.lines, as_of)) for block in blocks]
    dated_at = _dated_line_at(dated)
    # In a block holding several roles, each dated line starts one when most roles carry
    # their dates on their first header line.
    dates_first = _dates_come_first(dated) or dated_at == 0
    previous_org: str | None = None
    previous_org_standalone = False
    previous_org_above = False  # the employer line stood over its title, as a heading does
    pending_body: list[_Line] = []
    entries: list[tuple[list[_Line], DateRange | None, list[_Line]]] = []
    for block, found in dated:
        if not block.lines:
            pending_body.extend(block.body)
            continue
        if (
            len(block.lines) >= 2
            and not block.body
            and entries
            and all(dates is None for _, dates, _ in entries)
            and all(map(_dates_alone, block.lines))
        ):
            continue  # the dates of the undated roles above, printed apart: see below
        award = all(_AWARD.search(line.text) for line in block.lines)
        if (not found and not _looks_like_role_header(block.lines)) or (award and entries):
            # Short duty lines without bullets, and dated awards ("Q1 2021 Employee of the
            # Quarter"), belong to the entry above.
            if entries:
                entries[-1][2].extend(block.lines + block.body)
            continue
        groups = [
            (part, date_range if any(_holds(line, date_range) for line in part) else None)
            for lines_, date_range in _cut(block.lines, found, dates_first, dated_at)
            for part in _split_roles(lines_)
        ]
        for i, (header, date_range) in enumerate(groups):
            body = block.body if i == len(groups) - 1 else []
            entries.append((header, date_range, list(body)))
    built: list[ExperienceEntry] = []
    inherited: list[bool] = []
    for header, date_range, body in entries:
        if strict and not _names_a_role(header):
            continue
        if date_range is None and fallback:
            continue
        if fallback and any(_QUALIFICATION.search(line.text) for line in header):
            continue  # "Bachelor of Commerce · 2012 – 2013" among unheaded lines: a course
        entry, org_standalone, narrowing = _role_entry(header, date_range, body, section)
        if strict and entry.title and _PLAIN_MEMBER.fullmatch(entry.title.split(",")[0].strip()):
            # "Member, Chartered Physiotherapy Society": a membership, not a role; so is
            # "Student member, Nigerian / Society of Engineers" wrapped in a sidebar.
            continue
        if strict and date_range is None and entry.title and _BODY_MEMBER.search(entry.title):
            continue  # "Planning Institute member." (a "Crew Member" or "Board Member" serves)
        if (
            strict
            and (date_range is None or date_range.single)
            and entry.title
            and _CREDENTIAL.match(entry.title)
        ):
            continue  # "Registered Health Records Officer, … Board - 2018": a registration
        if strict and entry.title and _NO_JOB.match(entry.title):
            # "Best Team Leader (2019)" under Awards, "Member of the school netball team
            # (2011 – 2013)" under activities: an honour or a team, no role held
            continue
        away = bool(entry.organization and _CAREER_BREAK.fullmatch(entry.organization.strip()))
        if away:
            # "Career Break" over "Family Caregiver  May 2019 – Oct 2025": a spell away from
            # work, with no employer of its own and none from the heading above
            entry = replace(entry, organization=None)
            previous_org, previous_org_standalone = None, False
        heading = previous_org if previous_org_standalone else None
        entry, took_org = _under_heading(entry, narrowing or "", heading, text)
        on_break = away or bool(entry.title and _CAREER_BREAK.match(entry.title))
        if took_org:
            pass  # the employer heading's, already
        elif entry.organization is None and heading and not on_break and previous_org_above:
            entry = _with_org(entry, heading)
            took_org = True
        elif entry.organization is not None:
            previous_org, previous_org_standalone = entry.organization, org_standalone
            previous_org_above = _named_before_title(header, entry)
        if entry.title is None and entry.organization is None:
            continue
        built.append(entry)
        inherited.append(took_org)
    units = _units_under_employer(_keyed_duties(built), text, as_of)
    inherited = [took for entry, took in zip(units, inherited, strict=True) if entry is not None]
    built = _placements([entry for entry in units if entry is not None], as_of)
    employer: str | None = None
    for i, entry in enumerate(built):
        # An employer line over several roles ("Parcelly 2022–present", then each title
        # with its own dates) is a heading for the roles below it, not a role itself.
        heads_group = i + 1 < len(built) and inherited[i + 1]
        described = entry.dates is None and len(entry.bullets) == 1  # what the employer does
        if entry.title is None and (not entry.bullets or described) and heads_group:
            continue
        if _employer_over(entry, built[i + 1 : i + 2], as_of):
            employer = _employer_name(entry)
            continue
        if employer is not None and entry.organization is None:
            entry = _with_org(entry, employer)
        else:
            employer = None
        yield entry


_KEY_SEPARATOR = re.compile(r"\s+[—–-]\s+|:\s+")


def _keyed_duties(entries: list[ExperienceEntry]) -> list[ExperienceEntry]:
    """Duties printed after a table of roles, each paragraph led by its role's title
    ("Shop Assistant — Served customers at the counter"), go back to that role. They were
    read as the last role's duties, since no header line stands over them."""
    if len(entries) < 2 or not entries[-1].bullets:
        return entries
    last = owner = len(entries) - 1
    titles = {_norm_words(e.title): i for i, e in enumerate(entries) if e.title}
    moved: dict[int, list[tuple[str, Span]]] = {}
    for text, span in zip(entries[-1].bullets, entries[-1].bullet_spans, strict=True):
        separator = _KEY_SEPARATOR.search(text)
        key = titles.get(_norm_words(text[: separator.start()])) if separator else None
        if separator and key is not None:
            owner = key
            text, span = text[separator.end() :], Span(span.start + separator.end(), span.end)
        moved.setdefault(owner, []).append((text, span))
    targets = set(moved) - {last}
    if not targets or any(entries[i].bullets for i in targets):
        return entries
    return [
        replace(
            entry,
            bullets=tuple(text for text, _ in moved.get(i, ())),
            bullet_spans=tuple(span for _, span in moved.get(i, ())),
        )
        if i in moved or i == last
        else entry
        for i, entry in enumerate(entries)
    ]


def _interval(entry: ExperienceEntry, as_of: tuple[int, int] | None) -> tuple[int, int] | None:
    if entry.dates is None:
        return None
    return month_interval(entry.dates, as_of or (MAX_YEAR, 12))


def _named_before_title(header: Sequence[_Line], entry: ExperienceEntry) -> bool:
    """The entry's employer comes before its title in the header ("Splash Zone Express" over
    "Car Wash Attendant" heads the roles below; under it, it names that role's employer only)."""
    text = "\n".join(line.text for line in header)
    org = text.find(entry.organization or "\0")
    title = text.find(entry.title or "\0")
    return org >= 0 and (title < 0 or org < title)


def _role_entry(
    header: list[_Line], date_range: DateRange | None, body: list[_Line], section: Section
) -> tuple[ExperienceEntry, bool, str | None]:
    """The entry of one role, its header settled first: a career break named on the line
    under its dates, and a title printed as the first bullet of a table row, join the header."""
    if body and not body[0].is_bullet and _CAREER_BREAK.match(body[0].text):
        # "03/2018 – 12/2022" over "Career break – raising my family": the break's name heads
        # it, although it reads like a duty (unless the header already has a title).
        entry, org_standalone, narrowing = _build_entry(header, date_range, body, section)
        if entry.title is not None:
            return _named_break(entry, header), org_standalone, narrowing
        header, body = [*header, body[0]], body[1:]
    entry, org_standalone, narrowing = _build_entry(header, date_range, body, section)
    entry = _named_break(entry, header)
    untitled = entry.title is None or (
        _role_score(entry.title) <= 0 and not _CAREER_BREAK.match(entry.title)
    )
    if untitled and entry.dates is not None and body and _titles_as_bullet(body[0]):
        # "Tidewave Outsourcing Inc., Dalisay City   Aug 2019 — Dec 2021" over "• Chat Support
        # Agent" and its duties: a table row whose title came out as a bullet.
        title = replace(body[0], text=body[0].text[2:])
        return _build_entry([*header, title], date_range, body[1:], section)
    return entry, org_standalone, narrowing


def _placements(
    entries: list[ExperienceEntry], as_of: tuple[int, int] | None
) -> list[ExperienceEntry]:
    """A duty-less line with its overall span over two or more placements dated inside it,
    each at an employer of its own, heads those placements (an agency's "Brightstaff
    Recruitment (agency) 04/2021 – present" over its assignments; a locum's "Northbranch Locum
    Services — Locum Pharmacist 2019 – Present" over the pharmacies): it is not a role of its
    own, and its title is the title of placements that have none. A role's line over roles
    that have titles of their own is a job held alongside them, and stays."""
    out: list[ExperienceEntry] = []
    i = 0
    while i < len(entries):
        entry = entries[i]
        outer = None if entry.bullets else _interval(entry, as_of)
        below: list[ExperienceEntry] = []
        for later in entries[i + 1 :]:
            if later.organization is None or not _within(_interval(later, as_of), outer):
                break
            below.append(later)
        role = entry.title if _role_score(entry.title or "") > 0 else None
        untitled = [e for e in below if e.title is None]
        if (
            len(below) < 2
            or (role is not None and len(untitled) < 2)
            or (role is None and untitled)
        ):
            out.append(entry)
            i += 1
            continue
        out.extend(replace(e, title=e.title or role) for e in below)
        i += 1 + len(below)
    return out


def _within(inner: tuple[int, int] | None, outer: tuple[int, int] | None) -> bool:
    return inner is not None and outer is not None and outer[0] <= inner[0] <= inner[1] <= outer[1]


def _titles_as_bullet(line: _Line) -> bool:
    """A bullet that is a job title alone: five words at most, ending in a title's head noun,
    no full stop ("• Virtual Assistant (Freelance)", not "• Assisted students")."""
    text = line.text[2:].strip() if line.is_bullet else ""
    core = BRACKETED.sub(" ", text)
    return (
        0 < len(core.split()) <= 5
        and not _ends_with_full_stop(core.split())
        and _text_names_a_role(core)
        and _role_score(core) > 0
    )


def _named_break(entry: ExperienceEntry, header: Sequence[_Line]) -> ExperienceEntry:
    """A career break named with its reason ("Career break – raising my family") is its whole
    line, not a title cut at the dash with an employer to inherit; and no paid job, although
    it sits in the work history."""
    for line in header:
        text = _clean(line.text[: line.dates[0].span.start] if line.dates else line.text)
        if _CAREER_BREAK.match(text) and (entry.title is None or text.startswith(entry.title)):
            entry = replace(entry, title=text, organization=None)
            break
    if (
        entry.title
        and _CAREER_BREAK.match(entry.title)
        and entry.employment_type is EmploymentType.PAID
    ):
        entry = replace(entry, employment_type=EmploymentType.UNKNOWN)
    return entry


def _employer_over(
    entry: ExperienceEntry, below: Sequence[ExperienceEntry], as_of: tuple[int, int] | None
) -> bool:
    """An employer line with its overall span ("HARBOURSIDE HOTELS — Bristol  2014 – 2022")
    over a title without an employer of its own, dated inside that span."""
    if entry.bullets or not below or below[0].organization is not None:
        return False
    if _role_score(entry.title or "") > 0:
        return False  # a role of its own, e.g. before a promotion
    outer, inner = _interval(entry, as_of), _interval(below[0], as_of)
    return outer is not None and inner is not None and outer[0] <= inner[0] <= inner[1] <= outer[1]


def _employer_name(entry: ExperienceEntry) -> str | None:
    """Of the two fields of an employer line, the one that reads less like a job title."""
    fields = [f for f in (entry.organization, entry.title) if f]
    return min(fields, key=_role_score, default=None)


def _with_org(entry: ExperienceEntry, org: str) -> ExperienceEntry:
    return replace(entry, organization=org)


def _dates_come_first(dated: Sequence[tuple[_Block, list[tuple[int, DateRange]]]]) -> bool:
    votes = 0
    for block, found in dated:
        if found and block.lines:
            first_index, first_range = found[0]
            line = block.lines[0]
            # "2019 – 2021" alone, or "2021.03 – ongoing   Chef & Owner": the date leads.
            leads = first_range.span.start <= line.span.start
            if first_index == 0 and (leads or _date_only(line, [r for _, r in found])):
                votes += 1 if len(block.lines) > 1 else 0
            else:
                votes -= 1
    return votes > 0


def _dated_line_at(dated: Sequence[tuple[_Block, list[tuple[int, DateRange]]]]) -> int | None:
    """The header line that carries the dates in most of a section's one-role blocks: 0 for
    "Café Lwów, Leicester   08/2016 – 04/2018" over "Waitress", 1 for "Hospital Porter" over
    "St Aldric's Hospital, Croydon | 09.2017 – 08.2019"; None when the blocks disagree."""
    at = Counter(found[0][0] for block, found in dated if len(found) == 1 and len(block.lines) > 1)
    if not at:
        return None
    line, count = at.most_common(1)[0]
    return line if count >= 2 and count > 2 * (sum(at.values()) - count) else None


def _cut(
    lines: Sequence[_Line],
    found: Sequence[tuple[int, DateRange]],
    dates_first: bool,
    dated_at: int | None = None,
) -> list[tuple[list[_Line], DateRange | None]]:
    """Cut a header block into one group of lines per date range; `dated_at` is the header
    line that carries the dates in the section's one-role blocks."""
    if len(found) <= 1:
        return [(list(lines), found[0][1] if found else None)]
    anchors = [index for index, _ in found]
    ranges = [r for _, r in found]
    if len(set(anchors)) < len(anchors):
        # Two ranges on one line: a single role with a compound date; keep the first.
        return [(list(lines), ranges[0])]
    groups: list[tuple[list[_Line], DateRange | None]] = []
    leading = [0, *anchors[1:], len(lines)]  # each dated line starts its role
    at_line = [0, *(anchor - (dated_at or 0) for anchor in anchors[1:]), len(lines)]
    if dates_first:
        cuts = leading
    elif dated_at and all(
        at_line[i] <= anchor < at_line[i + 1] for i, anchor in enumerate(anchors)
    ):
        # Duty-less roles laid out as the section's others ("Title" over "Employer | dates"):
        # each role starts `dated_at` lines above its dates.
        cuts = at_line
    elif _evenly_dated(anchors, len(lines)):
        # "Swim Instructor   2021 – 2023" over "Coolibah Aquatic, Coolibah Downs", then
        # "Research Assistant   2025" over its university: duty-less roles of one shape, each
        # opening with its dates.
        cuts = leading
    elif _evenly_dated(anchors, len(lines), last=True) and not any(
        _names_a_place(lines[anchor + 1]) for anchor in anchors[:-1]
    ):
        # "Sal's Grill — Fairmont City, NC" over "Line Cook · Apr 2015 – May 2017", then
        # "Dairy Hut — …" over "Crew Member · …": duty-less roles of one shape, each closing
        # with its dates.
        cuts = [0, *(anchor + 1 for anchor in anchors[:-1]), len(lines)]
    else:
        cuts = [0]
        for anchor, following in itertools.pairwise(anchors):
            if _date_only(lines[anchor], ranges) or _dates_alone(lines[anchor]):
                # A dates line ends its role's header, with the place lines under it
                # ("Dates employed: …" over "Location: Remote").
                cut = anchor + 1
                while cut < following and _names_a_place(lines[cut]):
                    cut += 1
                cuts.append(cut)
            else:
                cuts.append(anchor + (0 if anchor > cuts[-1] else 1))
        cuts.append(len(lines))
        if any(not cuts[i] <= anchor < cuts[i + 1] for i, anchor in enumerate(anchors)):
            # A range would land in another role's lines ("Title, Employer   Jun 2026 –
            # Present" over a lone "Remote", then more dated one-line roles): each dated line
            # starts its role instead, and the undated line stays with the role above.
            cuts = leading
    for i, date_range in enumerate(ranges):
        group = list(lines[cuts[i] : cuts[i + 1]])
        if group:
            groups.append((group, date_range))
    return groups


def _evenly_dated(anchors: Sequence[int], length: int, last: bool = False) -> bool:
    """A block whose first line is dated (with `last`, whose first role's last line is), and
    every role in it as many lines long."""
    step = anchors[1] - anchors[0]
    return (
        anchors[0] == (step - 1 if last else 0)
        and step >= 2
        and length == step * len(anchors)
        and all(b - a == step for a, b in itertools.pairwise(anchors))
    )


_PLAIN_MEMBER = re.compile(
    r"(?:(?:full|active|student|associate|general|life|professional)\s+)?member", re.IGNORECASE
)
# A registration or charter held, listed among memberships with the year it was granted:
# "Registered Health Records Officer, Health Records Officers Registration Board - 2018".
_CREDENTIAL = re.compile(r"(?:registered|chartered|certified|licen[cs]ed|accredited)\s", re.I)
# An honour won ("Best Salesman – Western Region", "Best Team Leader") or a place in a sports
# team ("Member of the school netball team"), dated in an awards or activities section.
_NO_JOB = re.compile(
    r"best\s+(?:[\w-]+\s+){0,2}(?:sales(?:man|woman|person)|seller|employee|agent|performer"
    r"|team\s+leader|leader|manager|associate|cashier|advis[eo]r|rep|representative|teacher"
    r"|officer|executive|trainee|newcomer|staff)\b"
    r"|(?:(?:active|team|squad)\s+)?member\s+of\s+(?:the\s+)?[\w' -]*\b(?:team|squad|eleven|xi)$",
    re.IGNORECASE,
)
# A member of a professional or learned body, named before the word.
_BODY_MEMBER = re.compile(
    r"\b(?:institute|institution|society|association|federation|guild|chamber|club)"
    r"\s+member\.?$",
    re.IGNORECASE,
)
# A course or qualification, which a dated line outside any work heading may name.
_QUALIFICATION = re.compile(
    r"\b(?:bachelor|master)(?:['’]?s)? (?:of|in)\b"
    r"|\b(?:diploma|degree|certificate|gcses?|a[- ]levels?)(?: [IVX]+)? (?:in|of)\b"
    r"|(?-i:\b(?:B\.?Sc|M\.?Sc|B\.?A|M\.?A|MBA|Ph\.?D|B\.?Com|BEng|MEng)\b)\.?(?=\s|,|$)"
    r"|\bhigh school diploma\b",
    re.IGNORECASE,
)
_AWARD = re.compile(r"\bof the (?:month|quarter|year|week|season)\b", re.IGNORECASE)


def _names_a_role(lines: Sequence[_Line]) -> bool:
    """Some field of the header ends in a job-title noun ('Treasurer', 'Team Captain, Debate
    Club', 'Vice President of Finance'), unlike awards ('Employee of the month, 2018')."""
    # "Student Caller at University of Ashcombe" over "Feb 2021 – Mar 2021": a dated header
    # names its role before "at" (a headline "Manager at Summit Software" has no dates).
    dated = any(not r.single for line in lines for r in line.dates)
    return any(
        _text_names_a_role(text) or (dated and _text_names_a_role(_AT.sub(", ", text)))
        for text in map(_undated, lines)
    )


def _undated(line: _Line) -> str:
    """The line's text with its dates cut out: "Peer Mentor Sep 2011 – Apr 2013" ends in its
    role, not in a month."""
    text = line.text
    for found in reversed(line.dates):
        a, b = found.span.start, found.span.end  # spans within the line
        if 0 <= a < b <= len(text):
            text = f"{text[:a]}  {text[b:]}"
    return text


def _text_names_a_role(text: str, max_words: int = 0) -> bool:
    """Some field of `text` ends in a job-title noun; with `max_words`, a field that short."""
    for part in _ROLE_FIELDS.split(text):
        if _AWARD.search(part) or (max_words and len(part.split()) > max_words):
            continue
        head = _OF_FOR.split(part)[0]  # "President of Finance"
        words = without_grades([w.lower().strip(".,") for w in _WORD.findall(head)])
        # "Head of Geography", as in _field_role_score (a pub called "The Stag's Head" has
        # no "of").
        head_of = bool(words) and words[-1] == "head" and head != part
        # "Event Staff", "Bar Staff": a collective noun after its setting, as there
        collective = len(words) >= 2 and words[-1] == "staff"
        if words and (_heads(words[-1]) or _heads_first(words, part) or head_of or collective):
            return True
    return False


def _looks_like_role_header(lines: Sequence[_Line]) -> bool:
    for line in lines:
        if _DUTIES_AS.match(line.text):
            return True  # its duties go to their role (`_duties_as`), not to the role above
        words = [w.lower().strip(".,") for w in _WORD.findall(line.text)]
        if any(w in role_words() or w in _ORG_WORDS for w in words):
            return True
        if _SPLIT.search(line.text) and len(words) <= 10:
            return True
    return False


def _build_entry(
    header: Sequence[_Line],
    date_range: DateRange | None,
    body: Sequence[_Line],
    section: Section,
) -> tuple[ExperienceEntry, bool, str]:
    if date_range is not None and date_range.single and date_range.start is not None:
        # One written date ("2018", "May 2018") is a role within that period.
        date_range = replace(date_range, end=date_range.start)
    parts, location, labelled = _header_parts(header, date_range)
    if not parts and not labelled and body and not body[0].is_bullet:
        # "Earlier career (1990 – 1998)" over "Section Supervisor, Marbury's, Ashcombe –
        # joined at seventeen …": the role opens the line below, before its description.
        lead = _DESCRIPTION_AFTER.split(body[0].text, maxsplit=1)[0]
        if lead != body[0].text and _text_names_a_role(lead):
            parts, location, labelled = _header_parts([replace(body[0], text=lead)], None)
    title, organization, org_standalone, narrowing = _assign(parts)
    if title is None and organization and _CAREER_BREAK.match(organization):
        title, organization = organization, None  # "Career break – parental": no employer
    if "title" in labelled:  # "Position: Hotel Receptionist"; the employer is unlabelled
        title = labelled["title"]
        organization = next((p.text for p in parts if not _LOCATION_ONLY.match(p.text)), None)
    if "organization" in labelled:  # "Organisation : Sahyadri Logistics"
        organization, org_standalone = labelled["organization"], False
    if organization and _norm_words(organization) in _PLACEHOLDER_ORGS:
        organization, org_standalone = None, False  # a template's "Company Name"
    if organization and "," in organization:
        unit, _, employer = organization.partition(",")
        employer = employer.strip()
        if (
            title
            and len(_WORD.findall(unit)) <= 3
            and _plain_unit(unit)
            and len({w.lower().strip(".,") for w in _WORD.findall(employer)}) >= 2
            and _establishment_words(employer)
        ):
            # "Team Lead, Member Services, Sunbelt Utilities Cooperative": the unit narrows
            # the title.
            title, organization = f"{title}, {unit.strip()}", employer
    if organization and "," in organization:
        organization, town = _employer_and_town(organization)
        location = location or town
    elif (
        organization
        and " / " in organization
        and len(organization.rpartition(" / ")[2].split()) == 1
    ):
        # "Quarry & Lime Interiors / Bristol": a designed template's slash before the town (a
        # town of one word: "Warehouse / Parts Counter" are two roles)
        organization, town = _employer_and_town(organization, " / ")
        location = location or town
    if organization:
        organization = _without_logo_initials(organization)
    if organization and organization.endswith(")"):
        # "Harborview Oyster House (Cambridge)", "Lakeshore Dental (Toronto, ON)"
        name, _, place = organization[:-1].rpartition("(")
        if name.strip() and (_LOCATION_ONLY.match(place.strip()) or _PLACE_RE.fullmatch(place)):
            organization, location = name.strip(), location or place.strip()
    if organization is None and title and title.endswith(")"):
        title, organization, location = _employer_in_brackets(title, location)
    if organization is None and title and title.endswith(")"):
        title, organization = _title_in_brackets(title)
    bullets, bullet_spans = _bullets(body)
    section_type = {
        SectionKind.EXPERIENCE: SectionType.WORK,
        SectionKind.INTERNSHIPS: SectionType.WORK,
        SectionKind.MILITARY: SectionType.WORK,
        SectionKind.VOLUNTEER: SectionType.VOLUNTEER,
        SectionKind.PREAMBLE: SectionType.WORK,
        SectionKind.UNKNOWN: SectionType.WORK,
    }.get(section.kind, SectionType.OTHER)
    header_text = " ".join(line.text for line in header)
    start = header[0].span.start
    end = max([header[-1].span.end, *(line.span.end for line in body)])
    warnings: list[str] = []
    if date_range is None:
        warnings.append("undated entry: counts 0 months")
    elif date_range.end is None and not date_range.present:
        warnings.append("no end date: counts 0 months")
    if date_range is not None:
        warnings.extend(date_range.warnings)
    entry = ExperienceEntry(
        title=title,
        organization=organization,
        location=location,
        dates=date_range,
        bullets=tuple(bullets),
        section=section_type,
        section_kind=section.kind,
        employment_type=_employment_type(section.kind, header_text),
        span=Span(start, end),
        bullet_spans=tuple(bullet_spans),
        warnings=tuple(warnings),
    )
    return entry, org_standalone, narrowing


def _title_in_brackets(title: str) -> tuple[str, str | None]:
    """ "ParcelWay Fulfillment Center (Picker/Packer)", "Gonzalez Supermercado (stock
    associate)", "Tacoza (Cashier)": an employer's name, then the role in brackets."""
    named = _NAMED_IN_BRACKETS.fullmatch(title)
    if not named:
        return title, None
    outside, inside = named.group("role").strip(), named.group("org").strip()
    if (
        outside[:1].isupper()
        # one word only when no English word is it ("Tacoza (Cashier)", not "Target (Cashier)")
        and (len(outside.split()) >= 2 or outside.lower() not in english_words())
        # a name by its employer word, or by words that are no English ("Year Head (Assistant
        # Principal I)" names a role twice)
        and (
            _has_org_word(outside)
            or not any(map(english_words().__contains__, _name_words(outside)))
        )
        and _role_score(inside) > 0
        and not _is_terms(inside)
        and _role_score(outside) <= 0
        and not _text_names_a_role(outside)
        and not _CAREER_BREAK.match(outside)
    ):
        return inside, outside
    return title, None


# "Barista (Café La Esquina de Palermo, CABA)": the employer and its town in brackets.
_BRACKETED_EMPLOYER = re.compile(r"\s*\((?P<name>[^(),]+),\s*(?P<town>[^(),]+)\)$")


def _employer_in_brackets(title: str, location: str | None) -> tuple[str, str | None, str | None]:
    """ "Barista (Café La Esquina de Palermo, CABA)" -> the title, the employer and its town:
    a capitalised name and a place in brackets after a role, where no employer was found."""
    match = _BRACKETED_EMPLOYER.search(title)
    if not match:
        return title, None, location
    name, town = match.group("name").strip(), match.group("town").strip()
    role = title[: match.start()].strip()
    if _STATE_OR_REGION.fullmatch(town) and not _has_org_word(name):
        # "Babysitter (Lake Ardis, MN)": a town and its state, the place of the work
        if _text_names_a_role(role):
            return role, None, location or f"{name}, {town}"
        return title, None, location
    if (
        name[:1].isupper()
        and (_TOWN_NAME.fullmatch(town) or _LOCATION_ONLY.match(town))
        and not _has_role_or_org(town)
        and _text_names_a_role(role)
        and not _text_names_a_role(name)
    ):
        return role, name, location or town
    return title, None, location


_DESCRIPTION_AFTER = re.compile(r"\s[–—]\s|:\s")
_ROLE_COLON = re.compile(r"(?P<role>[^:]{2,60}):\s+(?P<rest>[A-Z][^:]*)")


def _colon_between_fields(text: str) -> str:
    """ "MAINTENANCE TECH: LAKEVIEW APARTMENTS", "Cashier: Walmart": on a header's only line, a
    colon parting a role from an employer that names no role, read as a dash between fields."""
    found = _ROLE_COLON.fullmatch(text)
    if not found:
        return text
    role, rest = found.group("role"), found.group("rest")
    if _role_score(role) > 0 and _role_score(rest) <= 0 and not _text_names_a_role(rest):
        return f"{role} — {rest}"
    return text


# Europass's field labels in other languages, by the field they name.
_EUROPASS_TITLES = (
    "lavoro o posizione ricoperti",
    "lavoro o posizione ricoperta",
    "fonction ou poste occupé",
    "beruf oder funktion",
    "profesión o cargo desempeñado",
    "profesión o cargo desempeñados",
    "função ou cargo ocupado",
    "função ou cargo ocupados",
    "functie of positie",
    "functie",
)
_EUROPASS_EMPLOYERS = (
    "nome e indirizzo del datore di lavoro",
    "nom et adresse de l'employeur",
    "name und adresse des arbeitgebers",
    "nombre y dirección de la empresa",
    "nome e morada do empregador",
    "naam en adres van de werkgever",
    "werkgever",
)
_FIELD_LABEL = re.compile(
    # (a label may follow its own translation: "Stanowisko / Position: …")
    r"^(?:[^\W\d_]+ (?:[^\W\d_]+ )?/ )?"
    r"(?P<label>occupation or position held|name and address of employer"
    r"|position(?: held)?|designation|job title|title|role|post|occupation"
    r"|organi[sz]ation|company|employer|name of employer|duration|period|dates?|location"
    r"|company name|employer name|place of (?:work|employment)|workplace|institution|station"
    r"|name of (?:organi[sz]ation|company|institution|establishment)|position occupied"
    r"|(?:period|dates?|duration) of (?:employment|service)"
    # The same labels on CVs in Spanish, Portuguese, French, German, Italian, Polish and
    # Romanian (Europass): "Empresa: …", "Cargo: …", "Funcția sau postul ocupat | …"
    r"|empresa|cargo|puesto|funci[óo]n|função|per[íi]odo|entreprise|employeur|poste|fonction"
    r"|p[ée]riode|arbeitgeber|firma|zeitraum|azienda|datore di lavoro|ruolo|mansione"
    r"|pracodawca|stanowisko|okres|numele și adresa angajatorului|funcția sau postul ocupat"
    r"|posizione"
    r"|perioada"
    # the Europass labels in Italian, French, German, Spanish, Portuguese and Dutch (longest
    # first, so "functie of positie" is not read as "functie")
    + "".join(
        f"|{re.escape(label)}"
        for label in sorted(_EUROPASS_TITLES + _EUROPASS_EMPLOYERS, key=len, reverse=True)
    )
    + r")"
    # "Position : …", or "Position | …" from a two-column table; the older Europass form's
    # long labels stand in their own column, with no colon.
    r"(?:\s*[:|]\s*|(?:(?<=held)|(?<=employer))\s+(?=\S))",
    re.IGNORECASE,
)
_LABEL_FIELDS = {
    "position": "title",
    "position held": "title",
    "designation": "title",
    "job title": "title",
    "title": "title",
    "role": "title",
    "post": "title",
    "occupation": "title",
    "organisation": "organization",
    "organization": "organization",
    "company": "organization",
    "employer": "organization",
    "name of employer": "organization",
    "occupation or position held": "title",
    "name and address of employer": "organization",
    "location": "location",
    "company name": "organization",
    "employer name": "organization",
    "place of work": "organization",
    "place of employment": "organization",
    "workplace": "organization",
    "institution": "organization",
    "station": "location",  # a civil servant's posting: "Station: Sunyani"
    **dict.fromkeys(
        (
            f"name of {what}"
            for what in "organisation organization company institution establishment".split()
        ),
        "organization",
    ),
    "position occupied": "title",
    **dict.fromkeys(
        (
            "cargo puesto función funcion função poste fonction ruolo mansione stanowisko posizione"
        ).split(),
        "title",
    ),
    "funcția sau postul ocupat": "title",
    **dict.fromkeys(
        "empresa entreprise employeur arbeitgeber firma azienda pracodawca".split(),
        "organization",
    ),
    "datore di lavoro": "organization",
    "numele și adresa angajatorului": "organization",
    **dict.fromkeys(_EUROPASS_TITLES, "title"),
    **dict.fromkeys(_EUROPASS_EMPLOYERS, "organization"),
}


def _header_parts(
    header: Sequence[_Line], date_range: DateRange | None
) -> tuple[list[_Part], str | None, dict[str, str]]:
    """Header text with the date removed, split into candidate fields (text, line index),
    the location, and fields named by a label ("Designation : Logistics Planner")."""
    texts: list[str] = []
    for line in header:
        text = line.text
        if date_range is not None:
            a = max(date_range.span.start, line.span.start) - line.span.start
            b = min(date_range.span.end, line.span.end) - line.span.start
            if a < b:
                # "Position: Sales Engineer · Period: 03/2021 – present": the label goes too
                # "Nov '19 – Aug '21 (furloughed while the theater was closed)": a note on
                # the dates is no field.
                after = _NOTE_ON_DATES.sub("", text[b:], count=1)
                text = _DATE_LABEL_BEFORE.sub("", text[:a]) + "  " + after
        texts.append(text)
    texts = [_BRACKET_TAIL.sub(")", _DURATION.sub(_without_duration, t)) for t in texts]
    # A federal series and grade after a title is the job's grade, not a field.
    texts = [PAY_GRADE.sub("", _PLACEMENT.sub("", _ACCOUNT_NOTE.sub("", t))) for t in texts]
    texts = [_PROFILE_TYPE.sub("", t) if "·" in t else t for t in texts]
    # "Earlier career (1988 – 1996): Bank Teller, …": the label of a summary line.
    texts = [_SUMMARY_LABEL.sub("", t) for t in texts]
    # "Assignment: Receptionist, Hallam & Royd", "Contract 2: Waiter – MV Coral Aurora": the
    # label of one of an agency's or a ship's placements.
    texts = [_PLACEMENT_LABEL.sub("", t) for t in texts]
    texts = [t for t in texts if not _EMPTYISH.match(t)]
    texts = _rejoined(_join_split_locations(texts), _wraps_a_name)
    texts = _rejoined(_rejoined(texts, _wraps_a_title), _ends_on_a_joining_word)
    location: str | None = None
    parts: list[_Part] = []
    labelled: dict[str, str] = {}
    for index, text in enumerate(texts):
        text = _clean(text)
        label = _FIELD_LABEL.match(text)
        if label:
            name = _LABEL_FIELDS.get(" ".join(label.group("label").lower().split()), "dates")
            value = _clean(text[label.end() :])
            if name == "location":
                location = location or value or None
            elif name != "dates" and value:
                if "address" in label.group("label").lower():
                    # "Name and address of employer | Magdalen Bridge Brasserie, 5 High Street,
                    # Oxford": the name comes first, then its address.
                    value, _, address = value.partition(",")
                    location = location or _clean(address) or None
                labelled.setdefault(name, value.strip())
            continue
        if len(texts) == 1:  # (over a line naming the employer, "Team Leader: Customer Care")
            text = _colon_between_fields(text)
        # A header of one line names the role: "Befriender, Age UK Manchester" is not a place.
        glued = _employer_before_town(text)
        if glued:
            # "Quillbyte Systems Portland, OR": a column gap lost in a PDF.
            parts.append(_Part(text[:glued].strip(_TRIM), index))
            location = location or text[glued:].strip(_TRIM)
            continue
        own = _OWN_ACCOUNT_LEAD.match(text) if len(texts) > 1 else None
        if own and own.end() < len(text) and _only_a_place(text[own.end() :]):
            # "Self-employed, Karachi" over "Home Tutor": on their own account, in that town
            # ("FREELANCE" alone over "Frames by Rohit, Sohanpur" labels a group of jobs)
            parts.append(_Part(own.group(1), index))
            location = location or text[own.end() :].strip(_TRIM) or None
            continue
        if len(texts) > 1 and _LOCATION_ONLY.match(text) and not _has_role_or_org(text):
            named = _NAMED_PLACE.match(text)
            if not named or _STATE_ONLY.match(named.group("town")):
                location = location or text
                continue
            # "Southmead Road Surgery, Bristol": a name of several words, then its town.
            location = location or named.group("town")
            parts.append(_Part(named.group("name"), index))
            continue
        tail = _LOCATION_TAIL.search(text)
        if tail:
            cut = tail.start()
            town, comma, _ = tail.group("loc").partition(",")
            if (
                comma
                and _names_employer_or_role(town)
                and not _town_after_employer(text, tail, town)
            ):
                # "Meridian Straits Logistics Pte Ltd, Singapore": the place is what follows
                # the comma; the words before it name the employer.
                cut = tail.start("loc") + len(town)
            # "QUEEN CITY CREDIT SERVICES Charlotte, NC": capitals name the employer.
            caps = _CAPS_LEAD.match(tail.group("loc"))
            if caps:
                cut = tail.start("loc") + caps.end()
            if cut > 0:
                location = location or text[cut:].strip(_TRIM)
                text = text[:cut]
        # Pipes part the fields when they still part two once the dates are cut out.
        if " / " in text:
            # "Service Crew / Bida Burger Food Corp., San Isidro Norte": a slash before an
            # employer parts it from the title, as a dash would ("Handyman / Furniture
            # Assembler" stays one title).
            left, right = text.split(" / ", 1)
            first = _SPLIT.split(right, maxsplit=1)[0].split(",")[0]
            if (
                _text_names_a_role(left)
                and not _text_names_a_role(first)
                and _establishment_words(first)
            ):
                text = f"{left} — {right}"
        piped = "|" in text and sum(1 for f in text.split("|") if _clean(f)) >= 2
        fields = _split_fields(text, _PIPE_SPLIT if piped else _SPLIT)
        if _CAREER_BREAK.match(text) and not piped:
            fields = [(text, "", False)]  # "Career break – full-time carer for my father"
        # "Team Lead, Customer Care | Sunpoint Insurance": when pipes already part title from
        # employer, a comma inside the title's field is part of the title.
        whole = -1
        if len(fields) >= 2 and sum(map(_names_field, (f for f, _, _ in fields))) >= 2:
            whole = max(range(len(fields)), key=lambda k: _role_score(_clean(fields[k][0])))
        for k, (chunk, joint, at) in enumerate(fields):
            for n, piece in enumerate(_split_sentences(chunk)):
                piece = _clean(piece)
                if (
                    piece
                    and not _EMPTYISH.match(piece)
                    and not _STREET.fullmatch(piece)
                    and not _is_paperwork(piece)  # "· Hours per week: 40"
                ):
                    if _WORK_MODE.fullmatch(piece):  # "Self-employed   remote"
                        location = location or piece
                        continue
                    keep = k == whole and not _employer_after_comma(piece)
                    split = [_Part(piece, index)] if keep else _split_comma(piece, index)
                    parts.extend(
                        p._replace(joint=joint, after_at=at) if n == 0 and i == 0 else p
                        for i, p in enumerate(split)
                    )
    return parts, location, labelled


_NOTE_ON_DATES = re.compile(r"^\s*\([^()\s]+\s[^()]*\)")
_SUMMARY_LABEL = re.compile(
    rf"^\s*(?:(?:{_WHEN_WORDS})\s+(?:{_WORK_WORDS})\b\s*[:–—-]?"
    # "Earlier: Waitress & Bartender", "Before teaching: Assistant Manager"
    r"|(?:earlier|previously|before (?:that|then|this|\w+ing)|prior to that)\s*:)\s*",
    re.IGNORECASE,
)
_PLACEMENT_LABEL = re.compile(
    r"^\s*(?:assignment|placement|posting|contract|tour|rotation)(?:\s+(?:no\.?\s*)?\d+)?\s*:\s*",
    re.IGNORECASE,
)
# The label before a range's start: "Period:", "From", "Sign on 04 Feb 2025 – Sign off …",
# "Embarked 05 Jan 2025 – Disembarked …", "Start date: …"
_DATE_LABEL_BEFORE = re.compile(
    rf"(?:^|\s*[·|•,;]\s*|\s+)(?:{_DATE_LABEL_WORDS}|tenure|from|sign(?:ed)?[ \t-]?on"
    r"|embark(?:ed|ation)(?:[ \t]date)?|start(?:ed|ing)?(?:[ \t]date)?|commenced|joined)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
_CAREER_BREAK = re.compile(
    r"(?:career|employment|family|care|caring|family care) break|gap year|sabbatical"
    r"|(?:parental|maternity|paternity|medical|sick|study|family) leave"
    # "Travel | April 2022 – September 2022", "Travelling (South America)"; not "Travel Agent"
    r"|trav(?:el|elling|eling)(?=\s*(?:$|[(|–—:,-]))"
    # "Family time (relocations, two children under 5)", "Relocation to Canada",
    # "Stay-at-home parent", "Full-time carer for my mother"
    r"|family time|relocation (?:to|from|abroad)|stay[- ]at[- ]home"
    r"|full[- ]time (?:parent|mum|mom|dad|mother|father|carer|caregiver)"
    # "Caring for a family member", "Looking after my mother" (not "Caring for 12 residents")
    r"|(?:caring for|looking after) (?:a|an|my|our) (?:family member|relative|parent|mother"
    r"|father|mum|mom|dad|child|children|son|daughter|husband|wife|partner|grand\w+|elderly)"
    # "Home duties (raising my family)" (Australian, Irish), "Homemaker"
    r"|home duties|home-?maker"
    # "Job seeking and short courses", "Preparation for banking examinations"
    r"|job[- ](?:seeking|search(?:ing)?|hunting)|between jobs|preparation for [\w ]*exam"
    # The same in German, Dutch, French, Spanish, Portuguese and Italian CVs ("Elternzeit",
    # "Karenz", "Familienphase (Kindererziehung)", "Congé parental", "Licença-maternidade")
    r"|elternzeit|(?:väter|mütter)?karenz|mutterschutz|familien(?:phase|zeit)|erziehungszeit"
    r"|kindererziehung|sabbatjahr|arbeitssuche|ouderschapsverlof|zwangerschapsverlof"
    r"|loopbaanonderbreking|cong[ée] (?:parental|(?:de )?maternit[ée]|paternit[ée])"
    r"|ann[ée]e sabbatique|recherche d['’]emploi|baja (?:por |de )?(?:maternidad|paternidad)"
    r"|excedencia|a[ñn]o sab[áa]tico|licen[çc]a[- ](?:maternidade|paternidade|parental)"
    r"|ano sab[áa]tico|congedo (?:parentale|di maternit[àa])|anno sabbatico",
    re.IGNORECASE,
)
# "200 Harbor Plaza", "14 Adeola Crescent": a street address, part of the place.
_STREET = re.compile(
    r"\d+[A-Za-z]?\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd"
    r"|Lane|Ln|Drive|Dr|Way|Plaza|Court|Ct|Place|Pl|Square|Sq|Parkway|Pkwy|Highway|Hwy"
    r"|Terrace|Crescent|Close|Suite \d+)\.?"
)


class _Part(NamedTuple):
    """A candidate header field: its text, its header line and, when a dash or a comma joined
    it to the field before on that line ("Student Nurse – Emergency Department"), that mark."""

    text: str
    line: int
    joint: str = ""
    # "at", "@" or "·" before it on its line: "Designer at Kauri & Co", "QA Engineer · Tucano Pay"
    after_at: bool = False


_SOFT_JOINT = re.compile(r"\s*([—–-]|--)\s*|\s*,\s*")


def _split_fields(text: str, pattern: re.Pattern[str]) -> list[tuple[str, str, bool]]:
    """Split a header line at `pattern`; each field keeps the dash that preceded it (a pipe,
    a wide gap or "at" are hard breaks and keep nothing), and whether "at" preceded it."""
    fields: list[tuple[str, str, bool]] = []
    start, joint, at = 0, "", False
    for match in pattern.finditer(text):
        fields.append((text[start : match.start()], joint, at))
        mark = _SOFT_JOINT.fullmatch(match.group())
        joint = mark.group(1) if mark and mark.group(1) else ""
        at = match.group().strip() in ("at", "@", "·")
        start = match.end()
    fields.append((text[start:], joint, at))
    return fields


def _names_field(text: str) -> bool:
    """A header field naming a role or an employer, not just a place ("London", "Sithonia,
    Halkidiki")."""
    text = _clean(text)
    if not text or _WORK_MODE.fullmatch(text):
        return False  # "remote", "Hybrid": where, not who
    places = [piece.strip() for piece in text.split(",")]
    return _has_role_or_org(text) or not all(_PLACE_RE.fullmatch(p) for p in places)


_SENTENCE_BREAK = re.compile(r"(?<=[A-Za-z]{3})\.\s+(?=[A-Z])")
_ABBREVIATIONS = frozenset(
    "inc ltd corp dept univ bros assn intl govt natl mfg pvt sdn bhd mgmt svcs".split()
    # "Sta. Veronica", "Sto. Niño" (Santa, Santo), "Harbor Ave. Branch"
    + "sta sto ave blvd hwy".split()
)
# "Northwind Telecom Pvt. Ltd.", "Perdana Supplies Sdn. Bhd.": a company suffix after a dot
# goes on the name, whatever the word before it.
_SUFFIX_AFTER_DOT = re.compile(r"(?:ltd|limited|inc|llc|llp|plc|bhd|gmbh|corp|co)\b\.?", re.I)


def _split_sentences(text: str) -> list[str]:
    """'Reference Librarian. Green Mountain Public Library': fields written as sentences; an
    abbreviation's dot ('Acme Inc. Leeds', 'St. Mary's') is not a break."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        word = text[: match.start()].rsplit(None, 1)[-1].lower()
        if word not in _ABBREVIATIONS and not _SUFFIX_AFTER_DOT.match(text, match.end()):
            pieces.append(text[start : match.start()])
            start = match.end()
    pieces.append(text[start:])
    return pieces


_STATE_OR_REGION = re.compile(rf"{'|'.join(_STATES)}|{_COUNTRIES}|{_REGIONS}")
_TOWN_END = re.compile(
    rf"(?:{_PLACE_WORD}\s){{1,6}}{_PLACE_WORD},\s*(?:{'|'.join(_STATES)}|{_COUNTRIES})\s*$"
)


def _employer_before_town(text: str) -> int | None:
    """Where the town starts in 'Cobaltline Systems Seattle, WA' (capitalised words ending in
    an employer word, then one to three place words and a state or country), or None."""
    tail = text.rpartition(",")[2].strip()
    match = _TOWN_END.search(text) if tail and _STATE_OR_REGION.fullmatch(tail) else None
    if not match:
        return None
    words = text[match.start() :].split(",")[0].split()
    last = max((i for i, w in enumerate(words) if w.lower().strip(".") in _ORG_WORDS), default=-1)
    if last < 0 or not 1 <= len(words) - 1 - last <= 3:
        return None
    if any(w.lower() in role_words() or w.lower() in _ORG_WORDS for w in words[last + 1 :]):
        return None
    if _generic_name(" ".join(words[: last + 1])):
        return None  # "Cafe Luna, Singapore", "Hotel Miramar, Spain": a name, not a café's town
    offset = match.start()
    for word in words[: last + 1]:
        offset = text.index(word, offset) + len(word)
    if "   " in text and not text[offset:].startswith("   "):
        return None  # "… BLUELINE BROADBAND   COUNCIL BEND, IA": the column gaps part the fields
    return offset


def _employer_and_town(text: str, separator: str = ",") -> tuple[str, str | None]:
    """'Brightway Supermarket, Swindon' -> ('Brightway Supermarket', 'Swindon'): the place
    words after an employer's name, which itself has several words or an employer word."""
    name, _, rest = text.partition(separator)
    towns = [t.strip() for t in rest.split(separator)]
    name_words = _WORD.findall(name)
    if (len(name_words) >= 2 or _has_org_word(name)) and all(
        _TOWN_NAME.fullmatch(t) and not _has_role_or_org(t) for t in towns
    ):
        return name.strip(), ", ".join(towns)
    return text, None


_LOGO_SMALL_WORDS = frozenset(("&", "and", "of", "the"))


def _without_logo_initials(text: str) -> str:
    """'SA Stride Athletic' -> 'Stride Athletic': a designed template's logo, the initials of
    the employer's first words in capitals, read before its name."""
    first, _, rest = text.partition(" ")
    if not (2 <= len(first) <= 4 and first.isalpha() and first.isupper()):
        return text
    words = [w for w in rest.split() if w.lower() not in _LOGO_SMALL_WORDS]
    if len(words) >= len(first) and all(
        w[:1] == letter for w, letter in zip(words, first, strict=False)
    ):
        return rest.strip()
    return text


_BRACKET_TAIL = re.compile(r"[\s,;:]+\)")  # "(Contract,  )" once the duration is cut out


def _without_duration(match: re.Match[str]) -> str:
    """A duration cut out of a header, with a bracket it shares with other words kept:
    "(Contract, 6 months)" leaves "(Contract, )", "(2 yrs 3 mos)" leaves nothing."""
    text = match.group()
    opened, closed = text.startswith("("), text.endswith(")")
    if opened == closed:
        return " "
    return " )" if closed else "( "


def _norm_words(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.lower()))


def _clean(text: str) -> str:
    """Trim separators and unbalanced brackets left around a field once dates are cut out."""
    text = _EMPTY_BRACKETS.sub(" ", text).strip(_TRIM)
    while text:
        if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
            text = text[1:-1].strip(_TRIM)
        elif text.endswith("(") or (text.endswith(")") and text.count("(") < text.count(")")):
            text = text[:-1].strip(_TRIM)
        elif text.startswith(")") or (text.startswith("(") and text.count(")") < text.count("(")):
            text = text[1:].strip(_TRIM)
        else:
            break
    return text


def _join_split_locations(texts: list[str]) -> list[str]:
    """Rejoin 'Austin' / ',' / 'TX' spread over lines by some PDF exports, and a town under a
    line its comma leaves open ("Customer Service Executive, Mekong Mobile," over "Ho Chi Minh
    City"), which is that line's place, not an employer line of its own."""
    cleaned = [t.strip() for t in texts if t.strip() not in {",", ";"}]
    out: list[str] = []
    for text in cleaned:
        if out and _STATE_ONLY.match(text.strip(_TRIM)) and len(out[-1].split()) <= 3:
            out[-1] = f"{out[-1].strip(_TRIM)}, {text.strip(_TRIM)}"
        elif out and out[-1].endswith(",") and "," in out[-1][:-1] and _is_town(text):
            out[-1] = f"{out[-1][:-1]}   {text}"
        else:
            out.append(text)
    return out


# The last words of an employer's name, which never make a name alone.
_NAME_ENDINGS = frozenset(
    """
    centre center co co. ltd ltd. limited inc inc. llc plc gmbh corp corp. corporation company
    group pty bhd pvt pvt. jsc services solutions institute academy college school hospital
    clinic university foundation trust club society association hotel library museum council
    bank church restaurant cafe café ltda ltda. s.a. sp. z o.o.
    """.split()
)


def _rejoined(texts: list[str], goes_on: Callable[[str, str], bool]) -> list[str]:
    """Header lines with each line that `goes_on(line before, line)` joined to the one above;
    a line opening with a field's label ("Company: | Unity Pathways") starts a field."""
    out: list[str] = []
    for text in texts:
        if out and goes_on(out[-1], text) and not _FIELD_LABEL.match(text):
            out[-1] = f"{out[-1].rstrip()} {text.strip()}"
        else:
            out.append(text)
    return out


_NAME_CUT = re.compile(r"\s*[,|·]\s*")


def _wraps_a_name(before: str, text: str) -> bool:
    """An employer's name wrapped in a narrow column: "English Teacher, Saigon Lotus
    Language" over "Centre, Ho Chi Minh City", or "… Specialist, Lumenvale" over "Software
    Ltd., Dublin" (a legal form ends a name); also before a pipe ("Real-Time Analyst |
    Luzvimin Outsourcing" over "Corp. | Pilarosa")."""
    head = [w.lower() for w in _WORD.findall(_NAME_CUT.split(text, 1)[0])]
    fragment = before.rsplit("|", 1)[-1]  # the last field above, when pipes part the fields
    return (
        0 < len(head) <= 3
        and (
            all(w in _NAME_ENDINGS for w in head)
            # "Software Ltd.": a name's last word and its legal form, not a whole name
            # ("Ravensberg Pharma GmbH" under "Laboratory Technician, Quality Control",
            # "Lumivent Inc." under "Senior Data Analyst, Finance": a brand of its own)
            or (
                len(head) <= 2
                and bool(_SUFFIX_AFTER_DOT.fullmatch(head[-1]))
                and (len(head) == 1 or head[0] in english_words())
            )
            # "Title | Seafront   Apr 2017 – Present" over "Physio & Sports Clinic | Brighton":
            # between pipes, a fragment with no employer word goes on to one that ends a name
            or (
                "|" in before
                and "|" in text
                and head[-1] in _NAME_ENDINGS
                and 0 < len(fragment.split()) <= 3
                and not _has_org_word(fragment)
            )
            # "Pre-Sales Engineer | Alder Creek" over "Systems | Naperville, IL": the title's
            # line holds two fields, the line below a capitalised name and then only a place
            or _pipe_name_before_town(before, fragment, text)
        )
        and bool(re.search(r"[,·|]", before))
        and before.rstrip()[-1:].isalpha()
    )


def _pipe_name_before_town(before: str, fragment: str, text: str) -> bool:
    """A name wrapped between pipes: the line above is "Title | Name start" (two fields, the
    second one to three capitalised words naming no role or employer word), the line below
    "Name end | Town" (one to three capitalised words, then a place and nothing else)."""
    fields = [f.strip() for f in text.split("|")]
    rest = [w for w in fragment.split() if w]
    name = fields[0].split()
    return (
        before.count("|") == 1
        and len(fields) == 2
        and 0 < len(rest) <= 3
        and 0 < len(name) <= 3
        and all(w[:1].isupper() for w in rest + name)
        and not _has_role_or_org(fragment)
        and not re.search(r"\d", text)
        and bool(_LOCATION_ONLY.match(fields[1]))
        and not _FIELD_LABEL.match(text)  # "Location | Campinas": a table row's label
    )


# The last field of a long header line, one or two capitalised words after a dash.
_TRAILING_FIELD = re.compile(r"\s[—–-]\s((?:[A-Z][\w'&.-]*)(?:\s[A-Z][\w'&.-]*)?)\s*$")
_WRAP_WIDTH = 60  # characters: a header line this long may have wrapped in its column


def _wraps_a_title(before: str, text: str) -> bool:
    """A job title wrapped at the end of a long header line: "Northpoint Global Solutions,
    Santa Leonor City, Philippines — Healthcare" over "Account Representative"."""
    words = _WORD.findall(text)
    last = _TRAILING_FIELD.search(before)
    return bool(
        last
        and len(before.rstrip()) >= _WRAP_WIDTH
        and 1 <= len(words) <= 3
        and not re.search(r"[\d,·|—–:]", text)
        and words[-1].lower() in role_words()
        and last.group(1).split()[-1].lower() not in role_words()
        and not _is_town(last.group(1))
    )


# Words a header field never ends on: the field goes on in the next line ("Analista de
# Prevención de" over "Fraudes", "Director of" over "Guest Services").
_DANGLING_END = re.compile(
    r"(?:^|\s)(?:of|and|&|for|to|in|on|upon|the|with"
    r"|de|del|da|do|das|dos|y|e|et|des|du|und|für|van|di)\s*$"
)  # lower case only: "Fort Wayne, IN" ends in a state


def _ends_on_a_joining_word(before: str, text: str) -> bool:
    """A header field wrapped after a joining word or inside brackets ("Apprenticeship as
    Hotel Management Assistant (Ausbildung zur" over "Hotelfachfrau)"): the next line, a few
    words with no digits or field separators, finishes it."""
    opened = before.count("(") > before.count(")") and text.count(")") > text.count("(")
    if not (_DANGLING_END.search(before) or opened):
        return False
    if 1 <= len(_WORD.findall(text)) <= 3 and not re.search(r"[\d,·|—–:]", text):
        return True
    # "Café Assistant | The Pantry on   Oct 2023 – Jun 2024" over "Westgate | Sevenbridge":
    # between pipes, the first field below finishes the name.
    first = text.split("|", 1)[0]
    return (
        "|" in before
        and "|" in text
        and 1 <= len(_WORD.findall(first)) <= 3
        and not re.search(r"[\d,·—–:]", text)
    )


def _employer_after_comma(text: str) -> bool:
    """After the title's comma, an employer's name ("Packing Helper, Shree Ganesh Logistics");
    a unit ("Team Lead, Customer Care") is no employer."""
    _, comma, right = text.partition(",")
    return bool(comma) and bool(_establishment_words(right))


def _split_comma(part: str, index: int) -> list[_Part]:
    """'Title, Company' splits at its first comma outside brackets when both sides look like
    fields."""
    depth = 0
    cut = -1
    for i, ch in enumerate(part):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            cut = i
            break
    if cut < 0:
        return [_Part(part, index)]
    left, right = _clean(part[:cut]), _clean(part[cut + 1 :])
    # Each side a short field; the right may go on to further fields ("..., Cebu IT Park").
    # A bracketed note does not lengthen a field ("… Gauge Trust (Devil's Bridge line)").
    head = BRACKETED.sub(" ", right.split(",")[0])
    if not (
        left and right and len(BRACKETED.sub(" ", left).split()) <= 7 and len(head.split()) <= 7
    ):
        return [_Part(part, index)]
    if len(right.split()) > 12:
        return [_Part(part, index)]
    if not _NAME_WORD.search(right):
        return [_Part(part, index)]  # "Unit Supply Specialist, E-3/E-4": a grade, not a field
    if (
        _text_names_a_role(right)
        and _text_names_a_role(left)
        and not _has_org_word(right)
        and not _SELF_EMPLOYED_FIELD.fullmatch(right.split(",")[0].strip())
    ):
        return [_Part(part, index)]  # "Supply Specialist (92Y), Sergeant": one title
    return [_Part(left, index), _Part(right, index, ",")]


# A work mode after a place: "Lviv / remote", "Leeds - hybrid".
_MODE_TAIL = re.compile(r"\s*[/,–—-]\s*(?:fully\s+)?(?:remote|hybrid|on-?site)\s*$", re.IGNORECASE)


def _bare_place(text: str) -> str:
    """`text` less brackets and a work mode after it: "Lviv / remote" → "Lviv"."""
    return _MODE_TAIL.sub("", BRACKETED.sub(" ", text)).strip()


def _known_place(text: str) -> bool:
    """A town or city of 50,000 people or more, with a region or a work mode after it or
    not: "Buenos Aires", "Lviv / remote", "São Paulo (remote)", "Austin, Texas"."""
    bare = _bare_place(text)
    # "Rotherham & Sheffield", "Geelong & Surf Coast, VIC": a sole trader's area
    first, *others = (p.strip() for p in _AREA_JOINT.split(bare.split(",")[0]))
    first = _AREA_AROUND.sub("", first)  # "Evansville area", "Toledo metro", "Dublin 2"
    if first not in place_names() or _has_role_or_org(bare):
        return False
    return all(
        p in place_names() or (_PLACE_RE.fullmatch(p) and _AREA_WORD.search(p)) for p in others
    )


# (and a postal district after a city: "Dublin 2", "Dublin 15")
_AREA_AROUND = re.compile(r"\s+(?:area|region|metro|metro area|and surrounds|& surrounds|\d{1,2})$")
_AREA_JOINT = re.compile(r"\s+(?:&|and)\s+(?:the\s+)?|\s*/\s*")
# (not "Harlow & Finch Interiors", "Mendoza & Arango Consultores": firms named for people)
_AREA_WORD = re.compile(
    r"\b(?:Coast|Vale|Valley|County|Region|Area|Areas|District|Hills|Islands?|Peninsula"
    r"|Borders|Surrounds|Suburbs)$"
)


def _is_town(text: str) -> bool:
    """'Sassuolo (Italy)', 'Gwagwalada', 'Leeds, UK': a place without employer or role words,
    also in brackets ('Casa Ferrán (family restaurant)' is no place)."""
    bare = _bare_place(text)
    return (
        bool(bare)
        and bool(_LOCATION_ONLY.match(bare) or _PLACE_RE.fullmatch(bare))
        and (not _has_role_or_org(text))
    )


# A state's code after a comma ends a place: "Denver, CO" names Colorado, not a company.
_STATE_CODE_END = re.compile(rf",\s*(?-i:{'|'.join(_STATES)})\s*$")


def _name_words(text: str) -> list[str]:
    """The words of `text`, lower-cased, less a closing state code."""
    return [w.lower().strip(".,") for w in _WORD.findall(_STATE_CODE_END.sub("", text))]


def _has_org_word(text: str) -> bool:
    return any(w in _ORG_WORDS for w in _name_words(text))


def _has_role_or_org(text: str) -> bool:
    words = set(_name_words(text))
    return not (words.isdisjoint(role_words()) and words.isdisjoint(_ORG_WORDS))


def _town_after_employer(text: str, tail: re.Match[str], town: str) -> bool:
    """ "Tri-County Lumber & Supply, Owings Mills, MD": a town named with an employer word
    ("Mills"), parted by a comma or dash from a field before it that names no role, so the
    employer; not a legal suffix ("Hsin Yuan Electronics Co., Ltd., Taiwan")."""
    before = text[: tail.start()]
    fielded = bool(text[tail.start() : tail.start("loc")].strip())
    if not fielded or _generic_name(town):
        return False
    last = _FIELD_BREAK.split(before.strip())[-1].strip()
    return bool(_name_words(last)) and _role_score(last) <= 0


_FIELD_BREAK = re.compile(r"\s*[,|—–·•]\s*|\s+-\s+|\s{2,}")


def _names_employer_or_role(text: str) -> bool:
    """An employer word anywhere, or a role's head noun last: "Pte Ltd", "Sales Agent"; a town
    named after a trade ("Carver Springs", "Mason City") is neither."""
    words = _name_words(text)
    return bool(words) and (not _ORG_WORDS.isdisjoint(words) or words[-1] in role_words())


def _generic_name(text: str) -> bool:
    """Only employer words ("Cafe", "The Hotel"): no name of its own."""
    words = [w.lower().strip(".,") for w in _WORD.findall(text)]
    named = [w for w in words if w not in ("the", "and", "&")]
    return bool(named) and all(w in _ORG_WORDS for w in named)


def _is_role_or_org_word(word: str) -> bool:
    return word in role_words() or word in _ORG_WORDS


def _role_score(text: str) -> float:
    if " / " in text:
        # "Cleaner / Environmental Services": a role by either of its names
        return max(_field_role_score(piece) for piece in text.split(" / "))
    return _field_role_score(text)


def _field_role_score(text: str) -> float:
    if _DEDICATION.match(text):
        return -3.0  # "Our Lady of Pilarosa Medical Center": a church, school or hospital
    text = _SERVICE_NAME.sub("Corps", text)  # scored as the armed service it names
    # Codes and grades ("(92Y)", "E-3/E-4") are no words of the title.
    words = [w.lower().strip(".,") for w in _WORD.findall(text) if _NAME_WORD.search(w)]
    words = without_grades(words)  # "Research Technician II": a grade after the head noun
    if not words:
        return -5.0
    # "Vice President of Student Affairs": the head noun comes before "of".
    head_words = words
    if " of " in text or " for " in text:
        head = _OF_FOR.split(text, 1)[0]
        head_words = [w.lower().strip(".,") for w in _WORD.findall(head)] or words
    if text.endswith(")"):
        # "Trade Finance Officer (Back Office)": a bracketed note after the head noun.
        bare = [w.lower().strip(".,") for w in _WORD.findall(BRACKETED.sub(" ", text))]
        head_words = without_grades(bare) or head_words
    score = 0.0
    # "Bar Staff", "Counter Staff": a collective noun heads a title after its setting (not a
    # role word of its own, so "Trained staff on the tills" stays a duty).
    collective = len(head_words) >= 2 and head_words[-1] == "staff"
    # "Head of Infrastructure & Operations", "Deputy Head of Year": "head" before "of" heads a
    # title (a pub called "The Stag's Head" is no role).
    head_of = head_words is not words and head_words[-1] == "head"
    headed = (
        _heads(words[-1])
        or _heads(head_words[-1])
        or collective
        or head_of
        or _heads_first(words, text)
        or (words[-1] == "police" and _POLICE_ROLE.search(text) is not None)
    )
    if headed:
        score += 3
    elif _AGENT_SUFFIX.search(words[-1]):
        score += 1
    elif any(w in role_words() for w in words):
        score += 1.5
    # Also words that are no name word ("e.V."): "SV Blau-Weiß Findorff e.V."
    if any(w in _ORG_WORDS for w in words) or (
        "." in text and any(w.lower().strip(".,") in _ORG_WORDS for w in _WORD.findall(text))
    ):
        # Before a role's head noun, an employer word names the setting ("Call Centre Agent",
        # "Bar Staff"); it counts against a title less than in a name ("Lakeside Hotel").
        score -= 1 if headed and head_words[-1] not in _ORG_WORDS else 2
    if text.lower() in {"company name", "employer name", "organization name"}:
        score -= 5
    if _names_a_shop(words):
        score -= 3  # "Wellcare Chemist", "Patel's Butcher": a shop named for its trade
    return score


def _names_a_shop(words: Sequence[str]) -> bool:
    """A brand or an owner before a trade that also names a shop ("Kingsway Chemist")."""
    if len(words) < 2 or words[-1] not in _SHOP_TRADES:
        return False
    if words[-1] in {"chemist", "chemists"}:
        # "Lakeside Discount Chemist", "Barkly Street Chemist": a pharmacy, unless the word
        # before says which science ("Analytical Chemist", "Senior QC Chemist")
        return words[-2] not in _CHEMIST_QUALIFIERS
    return words[-2].endswith("'s") or words[-2] not in english_words()


# Words before "Chemist" in a scientist's title.
_CHEMIST_QUALIFIERS = frozenset(
    """
    analytical research senior junior lead principal chief staff head quality qc qa control
    formulation process laboratory lab organic inorganic synthetic medicinal environmental
    polymer development associate assistant trainee graduate clinical food forensic industrial
    production regulatory validation stability water materials computational physical bench
    application applications technical method methods scientist i ii iii
    """.split()
)


# Institutions named by a dedication ("Our Lady of Lourdes Hospital", "Our Lady's Grammar
# School", "Our Saviour Lutheran Church"), where "Lady" would otherwise head a title.
_DEDICATION = re.compile(r"\s*our\s+(?:lady|saviour|savior)\b", re.IGNORECASE)

# "Military Police (31B)": a soldier's trade, where "Kent Police" is a force.
_POLICE_ROLE = re.compile(r"\b(?:military|security|air) police\b", re.IGNORECASE)
# "U.S. Coast Guard, Station …", "Kentucky Army National Guard": a service, not a guard.
_SERVICE_NAME = re.compile(r"\b(?:coast|national|home|civil)\s+guard\b", re.IGNORECASE)

# Trades that also name a shop ("Kingsway Chemist"): after a brand, the shop.
_SHOP_TRADES = frozenset(
    """
    chemist chemists florist florists butcher butchers baker bakers grocer grocers jeweller
    jewellers jeweler jewelers newsagent newsagents optician opticians stationer stationers
    """.split()
)


_OF_FOR = re.compile(r"\s+(?:of|for)\s+")
# "Auxiliar de Almacén", "Agent de saisie", "Addetto alle vendite": in French, Spanish,
# Portuguese and Italian the head noun comes first, before a preposition.
_ROMANCE_OF = re.compile(r"\s(?:de|da|do|du|des|del|della|di|al|alle|en)\s", re.IGNORECASE)


def _heads_first(words: Sequence[str], text: str) -> bool:
    """A title in another language whose first word is its head noun (also a German or
    Dutch compound before a qualification: "Pflegefachfrau HF", "Verzorgende IG")."""
    return bool(words) and (
        words[0] in FOREIGN_ROLE_WORDS
        # "Kundenservice-Agentin Chat & Social Media", "Call-Center-Agent Outbound"
        or _compound_head(words[0])
        or (words[0] in role_words() and bool(_ROMANCE_OF.search(text)))
    )


def _compound_head(word: str) -> bool:
    """A compound ending in a role's head noun: hyphened ("Owner-Operator", "Call-Center-
    Agent") or German and Dutch ("Filialleiter")."""
    if "-" in word:
        last = word.rsplit("-", 1)[1]  # "IT-Servicetechniker": the compound after the hyphen
        return last in role_words() or is_compound_role(last)
    return is_compound_role(word)


def _heads(word: str) -> bool:
    """Whether a title's last word is a role's head noun, also as the last part of a hyphened
    compound ("Owner-Operator", "Sous-chef")."""
    if word in _ORG_WORDS:  # "Tidewater Grocers Co-operative" is no operative
        return False
    if word.endswith("-in-training"):  # "Counsellor-in-Training", "Leader-in-Training"
        word = word[: -len("-in-training")]
    return word in role_words() or _compound_head(word)


def _org_score(parts: Sequence[_Part], index: int, title_index: int) -> float:
    text, line = parts[index].text, parts[index].line
    title_line = parts[title_index].line
    words = [w.lower().strip(".,") for w in _WORD.findall(text)]
    # "Corps Member (NYSC)": the head noun before a bracketed note names a role.
    head = _WORD.findall(BRACKETED.sub(" ", text)) if "(" in text else None
    last = head[-1].lower().strip(".,") if head else (words[-1] if words else "")
    role_ending = last in role_words() and not _names_a_shop(words)
    score = -3.0 if role_ending or _is_season_terms(text) or _known_place(text) else 0.0
    own_account = _SELF_EMPLOYED_FIELD.fullmatch(text) is not None
    if (
        own_account
        and parts[index].line == title_line
        and index > 0
        and parts[index - 1].line == title_line
    ):
        # "Freelance Tour Guide — Self-employed, Villaseca del Mar": in the employer's place
        # after the title, before its town.
        score = 1.0
    elif (
        own_account
        and line < title_line
        and all(p.line == title_line for k, p in enumerate(parts) if k != index)
    ):
        # "Self-employed, Padova" over "Private Tutor – Latin and Ancient Greek": on a line
        # of its own (less its town) above the title, where the employer goes; no town is
        # self-employed. (Under the title, "FREELANCE" is a note on the job's terms.)
        score = 1.0
    if any(w in _ORG_WORDS for w in words):
        # A unit within an employer ("Medical/Surgical Unit", "Export Department") is a
        # weaker sign than a name ("Department of Veterans Affairs").
        score += 1 if last in _NARROW_UNITS else 2
    if text.lower() in {"company name", "employer name", "organization name"}:
        score += 3
    # "Hartley Shoes, Kilcarra Shopping Centre": premises after an employer on its line ("Westridge
    # Shopping Centre, Brisbane QLD" employs its trolley collectors).
    site = _SITE.search(text) is not None and any(
        k < index and k != title_index and p.line == line for k, p in enumerate(parts)
    )
    if line != title_line and all(
        k == index
        or p.line != line
        or _is_town(p.text)
        or (k > index and _SITE.search(p.text) is not None)
        for k, p in enumerate(parts)
    ):
        # A line of its own, or beside its town only; but one word under "Title — Name"
        # is that employer's town ("Utrecht").
        # ("Head of Operations @ Swiftkart Nigeria" over "Ilemo · March 2018 – …" too).
        beside_title = sum(p.line == title_line for p in parts) >= 2
        # A bare place ("São Paulo") under "Title, Pagaí Pagamentos S.A." is its town (an
        # employer word in the title itself rivals nothing: "Festival Volunteer").
        rival = _is_town(text) and any(
            k not in (index, title_index)
            and _has_org_word(p.text)
            and not _unit_qualifier(p, title_line)
            and not _unit_after_comma(p, title_line)
            for k, p in enumerate(parts)
        )
        # "Graphic Designer at Kauri & Co Creative" over "Ōtaki Junction": the employer named
        # after "at" outranks a few words under it, place words or not ("Levin Park").
        rival = rival or (
            len(words) <= 3
            and any(p.after_at and p.line == title_line and k != index for k, p in enumerate(parts))
        )
        if (len(words) > 1 or not beside_title) and not rival and not site:
            score += 2.5
    if len(words) == 1:
        score -= 0.5
    if (
        text[:1].islower()
        and not any(c.isupper() for c in text)
        and any(p.text[:1].isupper() for p in parts)
    ):
        # "Seasonal worker – strawberry picking – Aardbeienteelt Van Dijk": among capitalised
        # fields, words all in lower case describe the work; they name no employer.
        score -= 2
    if "," in text and _LOCATION_ONLY.match(text):
        # "Eastbank, NS" beside "Atlantic Seafood Processors": its place ("Swiftkart
        # Nigeria" is a name)
        score -= 1
    if site:
        score -= 2.5
    if _reads_as_duty(text):
        # "Island Mobile, Kingston | Signed up 40+ post-paid customers a month": a table row's
        # last cell holds a duty, not the employer.
        score -= 3
    if (
        last in _NARROW_UNITS
        and _unit_qualifier(parts[index], title_line)
        and any(k > index and p.line == line and p.joint != "," for k, p in enumerate(parts))
    ):
        # "Foodbank Volunteer - Welcome Desk — Marrowby Foodbank": the desk narrows the
        # title; the field after it names the employer.
        score -= 1.5
    return score


# Premises that house employers, and regions: "Thornfield Retail Park", "Umbono Office Park",
# "Wellington region".
_SITE = re.compile(
    r"\b(?:shopping|retail|business|office|industrial|trading|science|technology)\s+"
    r"(?:centre|center|park|estate|mall|plaza)$|\b(?:mall|plaza|arcade|precinct|region)$",
    re.IGNORECASE,
)


def _unit_after_comma(part: _Part, title_line: int) -> bool:
    """ "Team Lead, Customer Care": a unit after the title's comma in plain words, naming no
    establishment (unlike "Cashier, Pagaí Pagamentos S.A.")."""
    return (
        part.line == title_line
        and part.joint == ","
        and _plain_words(BRACKETED.sub(" ", part.text))  # "Customer Services (EAS-17)"
        and not _establishment_words(part.text)
    )


def _unit_qualifier(part: _Part, title_line: int) -> bool:
    """ "Team Leader – Customer Care": a field dashed onto the title's line in plain words,
    a unit or a line of work rather than a named employer."""
    return part.line == title_line and part.joint not in {"", ","} and _plain_words(part.text)


# The season and terms of a job, which name no employer: "Christmas Casual", "Summer Temp".
_SEASON_TERMS = _TERMS | frozenset(
    "christmas xmas festive holiday holidays summer winter spring autumn fall easter weekend "
    "weekends evening evenings seasonal vacation shift shifts night nights overnight 1st 2nd "
    "3rd first second third graveyard".split()
)


def _is_season_terms(text: str) -> bool:
    words = _terms_words(text)
    return bool(words) and all(w in _SEASON_TERMS for w in words)


_NARROW_UNITS = frozenset("department unit ward desk team".split())
# Words that name a unit inside an employer ("Student Nurse – Emergency Department").
_UNIT_WORDS = frozenset("department unit ward care services centre center desk team office".split())
# Employer words that name an establishment, not a unit within one ("Lodge", "Ltd", not "Desk").
_ESTABLISHMENT_WORDS = _ORG_WORDS - _UNIT_WORDS


def _establishment_words(text: str) -> set[str]:
    """The words of `text` that name an establishment ("Shree Ganesh Logistics")."""
    return {w.lower().strip(".,") for w in _WORD.findall(text)} & _ESTABLISHMENT_WORDS


_FIRST_PERSON = re.compile(r"\b(?:my|our)\b")
_OWN_ACCOUNT = re.compile(rf"\s*\((?:{_SELF_EMPLOYED})\)\s*$", re.IGNORECASE)


def _nearness(parts: Sequence[_Part], index: int, title_index: int) -> tuple[int, int]:
    """How a field ranks among employer fields of equal score: nearer the title; but on a line
    of its own whose fields name no employer word, that line nearer the title, then the line's
    first field ("Orbitel Mobile — Penrith NSW" over the title: a name, then its town)."""
    line = parts[index].line
    fields = [p for p in parts if p.line == line]
    if line == parts[title_index].line or any(_has_org_word(p.text) for p in fields):
        # ("Math Learning Center, Bay State University": a unit, then its employer)
        return -abs(index - title_index), 0
    first = next(k for k, p in enumerate(parts) if p.line == line)
    return -abs(first - title_index), first - index


def _assign(parts: Sequence[_Part]) -> tuple[str | None, str | None, bool, str]:
    """Choose title and organisation among header fields; report whether the organisation
    stood on a line of its own (an employer heading over several roles), and, when the
    organisation is a dash-joined field after the title that may narrow it instead ("Team
    Leader – Telco Account"), that field with its dash."""
    if not parts:
        return None, None, False, ""
    if len(parts) == 1:
        # Alone on its header, a field without a job-title head noun is the employer, unless
        # the person describes what they did ("Looking after my grandchildren", "Lawn Care
        # (my own business)").
        text = parts[0].text
        if _role_score(text) <= 0 and not _FIRST_PERSON.search(text):
            own = _OWN_ACCOUNT.search(text)
            if own and text[: own.start()].strip():
                # "Babysitting (self employed)": what they did, on their own account
                return text[: own.start()].strip(), None, False, ""
            return None, text, True, ""
        return text, None, False, ""
    scored = sorted(range(len(parts)), key=lambda i: (-_role_score(parts[i].text), i))
    title_index = scored[0]
    if _role_score(parts[title_index].text) <= 0:
        title_index = 0  # no signal: titles usually come first
    rest = [i for i in range(len(parts)) if i != title_index]
    title_line = parts[title_index].line
    org_index = max(
        rest, key=lambda i: (_org_score(parts, i, title_index), *_nearness(parts, i, title_index))
    )
    org_line = parts[org_index].line
    org = parts[org_index].text
    if all(_known_place(parts[i].text) for i in rest) and _role_score(parts[title_index].text) > 0:
        # "Mobile Hairdresser   Mar 2018 – Present" over "Rotherham & Sheffield": where the
        # work was, with no employer named
        return parts[title_index].text, None, False, ""
    after = org_index + 1
    if (
        org_line != title_line
        and after < len(parts)
        and after != title_index
        and parts[after].line == org_line
        and parts[after].joint == ","
        and _has_org_word(parts[after].text)
        and not _SITE.search(parts[after].text)  # "…, Thornfield Retail Park": its premises
    ):
        # "Institute for Coastal Ecology, Firth University": an employer within an employer.
        org = f"{org}, {parts[after].text}"
    # The title is never the employer's town ("Furniture Assembly Tasker — HandyHive").
    standalone = all(
        p.line != org_line or (_is_town(p.text) and i != title_index)
        for i, p in enumerate(parts)
        if p.text != org
    )
    title = parts[title_index].text
    if org_line != title_line:
        title = _with_qualifiers(parts, title_index, org)
    elif (
        title_index > 0
        and parts[title_index].joint
        and _is_season_terms(parts[title_index - 1].text)
    ):
        # "Christmas Casual - Retail Assistant, Big Barn Variety": the terms lead the title.
        title = _joined(parts[title_index - 1].text, parts[title_index].joint, title)
    elif org_index == title_index + 2 and parts[title_index + 1].joint:
        # "Summer Vacation Student – Hydraulics – Brisbane River Engineering Pty Ltd": a field
        # between the title and the employer on its line narrows the title.
        middle = parts[title_index + 1]
        # After a dash, a name that is no English word may be the employer ("Cashier -
        # Shoprite - Umlazi Mega City"); a department or a trade is made of words.
        plain = middle.joint == "," or _plain_words(middle.text)
        if plain and _qualifies(middle, parts[title_index], org):
            title = _joined(title, middle.joint, middle.text)
    joined = parts[org_index]
    if (
        org_index == title_index + 1
        and joined.line == title_line
        and joined.joint
        and _is_season_terms(joined.text)
    ):
        # "Quality Inspector, 2nd Shift", "Bar Staff – Weekends": the hours, not an employer.
        return _joined(title, joined.joint, joined.text), None, False, ""
    narrowing = ""
    if (
        org_index == title_index + 1
        and joined.line == title_line
        and joined.joint not in {"", ","}
        and len(parts) == 2
        and not _has_org_word(joined.text)
        and not _LOCATION_ONLY.match(joined.text)
    ):
        narrowing = f"{joined.joint} {joined.text}"
    return title, org, standalone, narrowing


def _with_qualifiers(parts: Sequence[_Part], title_index: int, org: str) -> str:
    """The title with the fields a dash or comma joins to it on its line when the employer
    stands on another line: "Working student – Software testing", "Corps Member (NYSC) –
    Economics Teacher", "Erasmus+ Traineeship — Export Department"."""
    title = parts[title_index]
    text = title.text
    before = parts[title_index - 1] if title_index > 0 else None
    if before is not None and title.joint and _qualifies(before, title, org):
        text = _joined(before.text, title.joint, text)
    after = parts[title_index + 1] if title_index + 1 < len(parts) else None
    if after is not None and after.joint and _qualifies(after, title, org):
        text = _joined(text, after.joint, after.text)
    return text


def _joined(left: str, joint: str, right: str) -> str:
    return f"{left}, {right}" if joint == "," else f"{left} {joint} {right}"


def _qualifies(part: _Part, title: _Part, org: str) -> bool:
    """A field beside the title on its line is part of the title when it is no place and
    names no employer of its own (a unit such as a department may be named), and the
    employer elsewhere looks like one."""
    if part.line != title.line or part.text == org or _LOCATION_ONLY.match(part.text):
        return False
    if part.joint == "," and _branch_town(part.text):
        return False  # "Store Manager, Marlow Cross" under "Pennyfield Home Stores": its branch
    # A bracketed note names no employer: "Customer Care (French market)".
    words = {w.lower().strip(".,") for w in _WORD.findall(BRACKETED.sub(" ", part.text))}
    org_words = {w.lower().strip(".,") for w in _WORD.findall(org)}
    # Beside a company with its legal form elsewhere, a field of plain words names a unit
    # of it: "Relationship Manager, Retail Banking" over "Crestfield Bank Plc".
    unit = bool(org_words & _LEGAL_FORMS) and all(w in english_words() for w in words)
    return (
        0 < len(words) <= 5
        and (not words & _ESTABLISHMENT_WORDS or _text_names_a_role(part.text) or unit)
        and (len(org_words) >= 2 or bool(org_words & _ORG_WORDS))
    )


_LEGAL_FORMS = frozenset("inc llc ltd limited corp corporation plc gmbh pty bhd pvt llp".split())


_CONNECTOR_MARKS = tuple(",;:&/-–")
_CONNECTOR_WORDS = frozenset(
    "and or of to the a an with for in on by at from about into onto over under across between "
    "within via including through than that which who whose their our my your its".split()
)


# Connecting words that also end a phrasal verb ("talk it through", "handed over").
_PARTICLES = frozenset("in on over through".split())


def _ends_mid_phrase(text: str) -> bool:
    """A line ending in a comma, a dash or a connecting word goes on in the next line."""
    text = text.rstrip()
    if text.endswith(_CONNECTOR_MARKS):
        return True
    words = text.rsplit(None, 1)
    return bool(words) and words[-1] in _CONNECTOR_WORDS


_INLINE_LABEL = re.compile(
    r"(?:(?:main |key |job )?(?:tasks|duties|responsibilities|achievements|description|skills)"
    rf"|{FOREIGN_DUTY_LABEL})\s*[:|]\s+"
    r"(?=\S)"
    # The older Europass form's label column, often wrapped: "Main activities and - Dispensing
    # prescriptions" over "responsibilities on 5+ medicines".
    r"|(?P<europass>main activities and)\s+(?P<whole>responsibilities\s+)?(?:[-–•|]\s+)?(?=\S)",
    re.IGNORECASE,
)
_LABEL_REST = re.compile(r"responsibilities\s+(?=\S)", re.IGNORECASE)


def _bullets(body: Sequence[_Line]) -> tuple[list[str], list[Span]]:
    """Duty lines; an unmarked line that starts in lower case, or follows a line ending in a
    comma or a connecting word, goes on from the line above."""
    bullets: list[str] = []
    spans: list[Span] = []
    label_goes_on = False
    for line in body:
        raw = line.raw or line.text
        text = raw[2:] if line.is_bullet else raw
        start = line.span.start + (2 if line.is_bullet else 0)
        rest = _LABEL_REST.match(text) if label_goes_on else None
        label = None if rest else _INLINE_LABEL.match(text)
        label_goes_on = bool(label and label.group("europass") and not label.group("whole"))
        if cut := rest or label:  # "Tasks:   Guided tours": the label aside
            text, start = text[cut.end() :], start + cut.end()
        continues = (
            bullets
            and not line.is_bullet
            and (not text[:1].isupper() or _ends_mid_phrase(bullets[-1]))
        )
        if continues:
            bullets[-1] = f"{bullets[-1]} {text}"
            spans[-1] = Span(spans[-1].start, line.span.end)
        else:
            bullets.append(text)
            spans.append(Span(start, line.span.end))
    return bullets, spans


def _employment_type(kind: SectionKind, header: str) -> EmploymentType:
    if kind is SectionKind.VOLUNTEER or _VOLUNTEER.search(header):
        return EmploymentType.VOLUNTEER
    if kind is SectionKind.MILITARY or _MILITARY.search(header):
        return EmploymentType.MILITARY
    if kind is SectionKind.INTERNSHIPS or _INTERN.search(header):
        return EmploymentType.INTERNSHIP
    if _FREELANCE.search(header):
        return EmploymentType.FREELANCE
    if kind is SectionKind.EXPERIENCE:
        return EmploymentType.PAID
    return EmploymentType.UNKNOWN


def _coarse_key(entry: ExperienceEntry) -> tuple[str, str, int, int | str] | None:
    """Title (less a bracketed note), employer, first year and last year (or "present") of a
    role dated by month, to find its copy dated by years alone; None when it has no employer
    or no range."""
    dates = entry.dates
    if not (entry.title and entry.organization and dates and dates.start and not dates.single):
        return None
    if dates.precision is not Precision.YEAR and dates.precision is not Precision.MONTH:
        return None
    end: int | str = "present" if dates.present else (dates.end.year if dates.end else "")
    title = "".join(BRACKETED.sub(" ", entry.title).lower().split())
    return title, "".join(entry.organization.lower().split()), dates.start.year, end


def _dedupe(entries: Sequence[ExperienceEntry]) -> Iterator[ExperienceEntry]:
    """The same history printed twice is reported once, with the duties of whichever copy
    has them (a table of roles, then each role again with its duties)."""
    kept: list[ExperienceEntry] = []
    seen: dict[tuple[str, str, str, str], int] = {}
    years_only: dict[tuple[str, str, int, int | str], int] = {}
    for entry in entries:
        dates = entry.dates
        # (in either order: a summary table may print a role's title and employer the other
        # way round from its copy with duties, "Indus Crescent Bank Ltd. | Internee")
        fields = sorted(
            "".join((text or "").lower().split()) for text in (entry.title, entry.organization)
        )
        key = (
            fields[0],
            fields[1],
            dates.start.iso() if dates and dates.start else "",
            "present"
            if dates and dates.present
            else (dates.end.iso() if dates and dates.end else ""),
        )
        coarse = _coarse_key(entry)
        if key not in seen and coarse in years_only:
            # "Telephone Interviewer, Pacific Research Panel Ltd   2016 – 2018" in a summary,
            # then "Telephone Interviewer (part-time)   Jun 2016 – Jan 2018" with duties: one
            # role, with the months and the duties its fuller copy gives.
            k = years_only.pop(coarse)
            first = kept[k]
            kept[k] = replace(
                first,
                dates=entry.dates,
                bullets=first.bullets or entry.bullets,
                bullet_spans=first.bullet_spans if first.bullets else entry.bullet_spans,
            )
            seen[key] = k
        elif key not in seen:
            seen[key] = len(kept)
            kept.append(entry)
            if coarse is not None and dates and dates.precision is Precision.YEAR:
                years_only.setdefault(coarse, len(kept) - 1)
        elif entry.bullets and not kept[seen[key]].bullets:
            # the copy with duties, set out in full, also says which field is which
            first = kept[seen[key]]
            kept[seen[key]] = replace(
                first,
                title=entry.title,
                organization=entry.organization,
                bullets=entry.bullets,
                bullet_spans=entry.bullet_spans,
            )
    yield from kept
