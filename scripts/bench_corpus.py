"""Seeded generator of realistic two-page résumé PDFs for benchmarks.

Each PDF is letter size and drawn the way HTML-to-PDF renderers write text: one
`drawString` per word at a computed x (reportlab `stringWidth` plus a normal space), so
pdfminer.six has to rebuild every line from separate words. A résumé has a bold name header,
section headings, 3–5 experience entries (title, company, right-aligned dates, 3–6 bullets
wrapped at about 85 characters), a skills section and a few padding sections, about 550–700
words per page. Next to each PDF sits a `.txt` twin holding the same lines, for text-reading
benchmarks.

`make_corpus(folder, n, seed)` is the entry point for other scripts. It writes a manifest and
skips regeneration when the folder already holds the same corpus.

    .venv/bin/python scripts/bench_corpus.py [FOLDER] [--n 40] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import getRegisteredFontNames, registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

GENERATOR_VERSION = 1
DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / ".bench" / "pdfs"
MANIFEST = "manifest.json"
PAGES = 2
PAGE_WORDS = (570, 680)  # target words per page; a page closes once it reaches its target
MARGIN = 36.0


def _pool(text: str, sep: str = "|") -> tuple[str, ...]:
    """A word pool written compactly as one separated string."""
    return tuple(text.split(sep))


# Standard PDF fonts, plus reportlab's bundled Vera embedded as a subset TrueType font with a
# ToUnicode map, as browsers' HTML-to-PDF output embeds its web fonts.
FAMILIES = (
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Vera", "VeraBd"),
)
FIRST = _pool(
    "Maria James Aisha Daniel Priya Carlos Emily Kwame Sofia Liam Mei Omar Grace Lucas Hannah "
    "Mateo Chloe Arjun Olivia Noah Fatima Ethan Zoe Diego Amara Ryan Leila Samuel Nina Victor "
    "Ingrid Tomasz Keiko Andre Rosa Felix Yara Hugo Alma Dmitri",
    sep=" ",
)
LAST = _pool(
    "Garcia Smith Okafor Nguyen Patel Johnson Rossi Kowalski Brown Haddad Silva Chen Murphy "
    "Andersen Lopez Walker Tanaka Mensah Dubois Novak Cohen Fischer Reyes Ahmed Clarke Moreau "
    "Ivanova Costa Bennett Schmidt Hughes Yilmaz Larsen Ortiz Baker Sato Osei Romero Price Kim",
    sep=" ",
)
CITIES = _pool(
    "Austin, TX|Denver, CO|Columbus, OH|Portland, OR|Raleigh, NC|Tampa, FL|Phoenix, AZ|"
    "Madison, WI|Boise, ID|Omaha, NE|Richmond, VA|Tucson, AZ|Albany, NY|Reno, NV|Dayton, OH"
)
TITLES = _pool(
    "Customer Service Representative|Call Center Agent|Retail Sales Associate|"
    "Customer Support Specialist|Client Relations Coordinator|Front Desk Agent|"
    "Technical Support Analyst|Customer Success Manager|Team Lead, Customer Care|"
    "Guest Services Associate|Help Desk Technician|Account Coordinator|Store Supervisor|"
    "Patient Access Representative|Billing Specialist|Escalations Specialist|"
    "Operations Associate|Member Services Advisor|Bank Teller|Concierge"
)
COMPANY_A = _pool(
    "Blue Harbor|Summit|Northwind|Evergreen|Brightline|Cedar|Pioneer|Silverleaf|Redwood|"
    "Lakeside|Ironbridge|Harvest|Meridian|Crescent|Oakmont|Riverstone|Keystone|Beacon"
)
COMPANY_B = _pool(
    "Telecom|Health Partners|Retail Group|Bank|Insurance|Logistics|Hotels|Energy|Software|"
    "Airlines|Credit Union|Outfitters|Pharmacy|Markets|Utilities|Media"
)
MONTHS = _pool("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", sep=" ")
VERBS = _pool(
    "Resolved|Handled|Managed|Coordinated|Processed|Answered|Supported|Trained|Escalated|"
    "Documented|Improved|Reduced|Delivered|Maintained|Onboarded|Mentored|Streamlined|"
    "Investigated|Negotiated|Organized|Monitored|Prepared|Led|Assisted|Built"
)
OBJECTS = _pool(
    "inbound customer calls|billing disputes and refund requests|chat and email tickets|"
    "account changes for new and returning members|product returns and exchanges|"
    "service outages affecting regional customers|appointment scheduling for clinic patients|"
    "order issues across three fulfilment centres|warranty claims and replacement orders|"
    "complaints from high-value accounts|onboarding sessions for new hires|"
    "daily cash reconciliation at the front counter|knowledge base articles for common issues|"
    "quality reviews of recorded calls|loyalty programme enrolments|"
    "technical troubleshooting for home internet customers|reservations and group bookings|"
    "insurance eligibility checks|shipping exceptions and delivery claims|CRM records"
)
QUALIFIERS = _pool(
    "across phone, chat and email channels|during peak holiday season|"
    "for a portfolio of more than forty business accounts|in a fast-paced contact centre|"
    "while meeting strict service level agreements|with a first-contact resolution focus|"
    "in English and Spanish|for a team of twelve agents|using Zendesk and Salesforce|"
    "under tight weekly deadlines|in close partnership with the billing team|"
    "for customers in four time zones|while following PCI and HIPAA guidelines|"
    "through a shared ticket queue|alongside store managers and field technicians"
)
RESULTS = _pool(
    "raising customer satisfaction scores by 12 percent|cutting average handle time by "
    "forty seconds|lowering repeat contacts by a fifth|keeping escalations under two percent|"
    "earning the quarterly service excellence award|saving roughly ten staff hours a week|"
    "improving retention among at-risk customers|helping the team exceed its monthly targets|"
    "reducing the ticket backlog from 300 to under 50|achieving a 96 percent quality score|"
    "shortening new-hire ramp-up time by two weeks|recovering revenue from lapsed accounts"
)
LINKS = _pool("and|while|by|after|before|and also|as well as|through|besides|on top of")
FILLER = _pool(
    "listening to each caller with care|explaining the rules in plain words|"
    "keeping good notes for the next shift|calling back within one day|"
    "passing on what users said to the product team|staying calm when a guest was upset|"
    "checking each order twice|telling the team about issues that kept coming up|"
    "suggesting small fixes to the way we worked|taking on extra shifts when it was busy|"
    "trying out new call scripts with senior staff|tracking what changed week by week|"
    "answering questions about plans and prices|keeping the work area neat and safe|"
    "making sure each person left with a clear next step|helping new staff find their feet|"
    "doing the end of day count with the manager|working the phones on late and weekend shifts|"
    "using the same tone in chat, mail and on the phone|owning each case from start to end"
)
TRAITS = _pool(
    "empathetic|patient|organised|dependable|friendly|detail-oriented|calm|resourceful|"
    "adaptable|proactive|clear communicator|collaborative"
)
SKILLS = {
    "Customer care": "de-escalation|active listening|complaint handling|upselling|"
    "retention offers|follow-up|service recovery|empathy|conflict resolution",
    "Tools": "Zendesk|Salesforce|Freshdesk|ServiceNow|Five9|Genesys|Microsoft Excel|"
    "Google Workspace|Slack|Square POS|Shopify|HubSpot|Jira",
    "Operations": "scheduling|cash handling|inventory counts|quality assurance|reporting|"
    "workforce planning|data entry|order management|KPI tracking",
    "Languages": "English|Spanish|French|Portuguese|Mandarin|Arabic|Polish|Tagalog",
}
DEGREES = _pool(
    "Associate of Arts, Business Administration|Bachelor of Science, Communication|"
    "Bachelor of Arts, Psychology|Certificate, Hospitality Management|"
    "Associate of Applied Science, Information Technology|Bachelor of Business Administration"
)
SCHOOLS = _pool(
    "Austin Community College|Ohio State University|Portland State University|"
    "Valencia College|University of Arizona|Metropolitan State University|Boise State University"
)
CERTS = _pool(
    "HDI Customer Service Representative|CompTIA A+|Certified Customer Experience Professional|"
    "ServSafe Manager|Salesforce Administrator|ITIL 4 Foundation|Notary Public|"
    "First Aid and CPR|Zendesk Support Administrator|Google IT Support Professional"
)
EXTRA_SECTIONS = ("Volunteer Experience", "Projects", "Community Involvement", "Training")
EXTRA_ROLES = _pool(
    "Volunteer Coordinator|Food Bank Shift Lead|Peer Tutor|Event Organiser|Youth Mentor|"
    "Process Improvement Project|CRM Migration Project|Customer Survey Redesign|Library Aide"
)


@dataclass(frozen=True)
class Line:
    """One drawn line: words in one style, then optional regular `tail` words after bold
    ones, and an optional right-aligned part (dates)."""

    words: tuple[str, ...]
    bold: bool = False
    tail: tuple[str, ...] = ()
    size: float = 10.0
    indent: float = 0.0
    bullet: bool = False
    right: str = ""
    gap_before: float = 0.0
    keep_with_next: bool = False

    def word_count(self) -> int:
        return len(self.words) + len(self.tail) + len(self.right.split())

    def plain(self) -> str:
        text = ("• " if self.bullet else "") + " ".join(self.words + self.tail)
        return f"{text}    {self.right}" if self.right else text


@dataclass(frozen=True)
class Style:
    """Per-résumé look: font family, body size, heading size, wrap width."""

    regular: str
    bold: str
    body: float
    heading: float
    name: float
    wrap: int

    @property
    def leading(self) -> float:
        return round(self.body * 1.15, 2)


def _style(rng: random.Random) -> Style:
    regular, bold = rng.choice(FAMILIES)
    body = rng.choice((9.0, 9.5, 10.0))
    return Style(
        regular=regular,
        bold=bold,
        body=body,
        heading=rng.choice((10.5, 11.0)),
        name=rng.choice((16.0, 18.0, 20.0)),
        wrap=rng.randint(84, 92),
    )


def _sentence(rng: random.Random, chars: int) -> str:
    """A bullet-like sentence from the seeded pools, whole phrases, at most `chars` long."""
    text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    misses = 0
    while misses < 6:  # near the end, try a few more phrases for one short enough to fit
        link = rng.choice(LINKS) + " " if rng.random() < 0.6 else ""
        part = f" {link}{rng.choice(QUALIFIERS + RESULTS + FILLER)}"
        if len(text) + len(part) + 1 > chars:
            misses += 1
        else:
            text += part
    return text + "."


def _bullet(rng: random.Random, style: Style) -> str:
    """A bullet sentence that fills one to three wrapped lines, the last one mostly."""
    lines = rng.choice((1, 2, 2, 3, 3))
    return _sentence(rng, lines * (style.wrap - 2) - rng.randint(3, 20))


def _wrapped(text: str, style: Style, bullet: bool = False) -> list[Line]:
    """Wrap text at the style's width into body lines; a bullet marks the first line only."""
    width = style.wrap - (2 if bullet else 0)
    rows = textwrap.wrap(text, width=width, break_on_hyphens=False)
    indent = 12.0 if bullet else 0.0
    return [
        Line(tuple(row.split()), size=style.body, indent=indent, bullet=bullet and i == 0)
        for i, row in enumerate(rows)
    ]


def _heading(title: str, style: Style) -> Line:
    return Line(
        tuple(title.upper().split()),
        bold=True,
        size=style.heading,
        gap_before=8.0,
        keep_with_next=True,
    )


def _dates(rng: random.Random, end_year: int) -> tuple[str, int]:
    start = end_year - rng.randint(1, 4)
    end = "Present" if end_year >= 2025 else f"{rng.choice(MONTHS)} {end_year}"
    return f"{rng.choice(MONTHS)} {start} – {end}", start


def _header(rng: random.Random, style: Style) -> Iterator[Line]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    yield Line((first, last), bold=True, size=style.name)
    contact = (
        f"{rng.choice(CITIES)} | ({rng.randint(200, 989)}) {rng.randint(200, 999)}-"
        f"{rng.randint(1000, 9999)} | {first.lower()}.{last.lower()}{rng.randint(1, 99)}"
        f"@example.com | linkedin.com/in/{first.lower()}{last.lower()}"
    )
    yield Line(tuple(contact.split()), size=style.body, gap_before=4.0)
    yield _heading("Professional Summary", style)
    traits = ", ".join(rng.sample(TRAITS, 3))
    summary = (
        f"{traits.capitalize()} {rng.choice(TITLES).lower()} with {rng.randint(3, 12)} years of "
        f"experience {rng.choice(QUALIFIERS)}. "
        + _sentence(rng, 2 * style.wrap - rng.randint(5, 30))
    )
    yield from _wrapped(summary, style)


def _experience(rng: random.Random, style: Style) -> Iterator[Line]:
    yield _heading("Experience", style)
    entries = rng.randint(3, 5)
    year = 2025
    for _ in range(entries):
        dates, year = _dates(rng, year)
        company = f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)}"
        place = f"— {company}, {rng.choice(CITIES)}"
        yield Line(
            tuple(rng.choice(TITLES).split()),
            bold=True,
            size=style.body,
            right=dates,
            tail=tuple(place.split()),
            gap_before=5.0,
            keep_with_next=True,
        )
        for _ in range(rng.randint(3, 6)):
            yield from _wrapped(_bullet(rng, style), style, bullet=True)


def _skills(rng: random.Random, style: Style) -> Iterator[Line]:
    yield _heading("Skills", style)
    for label, pool in SKILLS.items():
        items = pool.split("|")
        chosen = rng.sample(items, rng.randint(6, min(10, len(items))))
        yield from _wrapped(f"{label}: " + ", ".join(chosen), style)


def _education(rng: random.Random, style: Style) -> Iterator[Line]:
    yield _heading("Education and Certifications", style)
    yield Line(
        tuple(rng.choice(DEGREES).split()),
        bold=True,
        size=style.body,
        right=str(rng.randint(2008, 2018)),
        gap_before=3.0,
    )
    yield Line(tuple(rng.choice(SCHOOLS).split()), size=style.body)
    for cert in rng.sample(CERTS, rng.randint(2, 4)):
        yield from _wrapped(f"{cert} ({rng.randint(2015, 2025)})", style, bullet=True)


def _extras(rng: random.Random, style: Style) -> Iterator[Line]:
    """Padding sections, endless: the layout stops drawing at the end of the last page."""
    while True:
        yield _heading(rng.choice(EXTRA_SECTIONS), style)
        for _ in range(rng.randint(2, 4)):
            yield Line(
                tuple(rng.choice(EXTRA_ROLES).split()),
                bold=True,
                size=style.body,
                right=str(rng.randint(2012, 2025)),
                gap_before=4.0,
                keep_with_next=True,
            )
            for _ in range(rng.randint(2, 4)):
                yield from _wrapped(_bullet(rng, style), style, bullet=True)


def _content(rng: random.Random, style: Style) -> Iterator[Line]:
    yield from _header(rng, style)
    yield from _experience(rng, style)
    yield from _skills(rng, style)
    yield from _education(rng, style)
    yield from _extras(rng, style)


def _advance(line: Line, style: Style, first_on_page: bool) -> float:
    """Vertical space a line takes: its gap (not at a page top) plus its line height."""
    gap = 0.0 if first_on_page else line.gap_before
    return gap + max(style.leading, round(line.size * 1.15, 2))


def _paginate(lines: Iterator[Line], rng: random.Random, style: Style) -> list[list[Line]]:
    """Fill PAGES pages: a page closes when it reaches its word target or runs out of room."""
    top, bottom = letter[1] - MARGIN, MARGIN
    pages: list[list[Line]] = []
    current: list[Line] = []
    y, words, target = top, 0, rng.randint(*PAGE_WORDS)
    for line in lines:
        need = _advance(line, style, not current)
        room = y - need - (3 * style.leading if line.keep_with_next else 0.0)
        if current and (words >= target or room < bottom):
            pages.append(current)
            if len(pages) == PAGES:
                break
            current, y, words, target = [], top, 0, rng.randint(*PAGE_WORDS)
            need = _advance(line, style, True)
        current.append(line)
        y -= need
        words += line.word_count()
    return pages


def _draw_words(
    pdf: canvas.Canvas,
    words: tuple[str, ...] | list[str],
    x: float,
    y: float,
    font: str,
    size: float,
) -> float:
    """One drawString per word, advancing by the word's width plus a normal space.

    Returns the x just after the last word (before its trailing space)."""
    space = stringWidth(" ", font, size)
    end = x
    for word in words:
        pdf.setFont(font, size)
        pdf.drawString(x, y, word)
        end = x + stringWidth(word, font, size)
        x = end + space
    return end


def _draw_page(pdf: canvas.Canvas, page: list[Line], style: Style) -> None:
    width, height = letter
    y = height - MARGIN
    for i, line in enumerate(page):
        y -= _advance(line, style, i == 0)
        font = style.bold if line.bold else style.regular
        x = MARGIN + line.indent
        if line.bullet:
            _draw_words(pdf, ("•",), x - 9.0, y, style.regular, line.size)
        x = _draw_words(pdf, line.words, x, y, font, line.size)
        if line.tail:
            x += stringWidth(" ", style.regular, line.size)
            _draw_words(pdf, line.tail, x, y, style.regular, line.size)
        if line.right:
            right = line.right.split()
            span = stringWidth(" ".join(right), style.regular, line.size)
            _draw_words(pdf, right, width - MARGIN - span, y, style.regular, line.size)


def _register_fonts() -> None:
    for name in ("Vera", "VeraBd"):
        if name not in getRegisteredFontNames():
            registerFont(TTFont(name, f"{name}.ttf"))


def write_resume(path: Path, seed: int, index: int) -> list[list[Line]]:
    """Write one résumé PDF and its `.txt` twin; return the drawn pages."""
    _register_fonts()
    rng = random.Random(f"cxscore-bench:{seed}:{index}")
    style = _style(rng)
    pages = _paginate(_content(rng, style), rng, style)
    pdf = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    pdf.setTitle(f"Résumé {index}")
    for page in pages:
        _draw_page(pdf, page, style)
        pdf.showPage()
    pdf.save()
    text = "\f".join("\n".join(line.plain() for line in page) + "\n" for page in pages)
    path.with_suffix(".txt").write_text(text, encoding="utf-8")
    return pages


def text_twin(pdf: Path) -> Path:
    """The `.txt` file holding the same lines as a corpus PDF."""
    return pdf.with_suffix(".txt")


def _names(folder: Path, n: int) -> list[Path]:
    return [folder / f"resume_{i:03d}.pdf" for i in range(n)]


def _manifest(n: int, seed: int) -> dict[str, int]:
    return {"generator": GENERATOR_VERSION, "n": n, "seed": seed}


def _is_current(folder: Path, n: int, seed: int) -> bool:
    try:
        saved = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    files = _names(folder, n)
    return saved == _manifest(n, seed) and all(
        p.is_file() and text_twin(p).is_file() for p in files
    )


def make_corpus(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """Ensure `folder` holds `n` benchmark PDFs for `seed` (reusing them if current)."""
    folder = Path(folder)
    files = _names(folder, n)
    if _is_current(folder, n, seed):
        return files
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MANIFEST).unlink(missing_ok=True)
    for stale in [*folder.glob("resume_*.pdf"), *folder.glob("resume_*.txt")]:
        stale.unlink()
    for index, path in enumerate(files):
        write_resume(path, seed, index)
    (folder / MANIFEST).write_text(json.dumps(_manifest(n, seed)) + "\n", encoding="utf-8")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--n", type=int, default=40, help="number of PDFs (default 40)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    files = make_corpus(args.folder, args.n, args.seed)
    print(f"{len(files)} PDFs in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
