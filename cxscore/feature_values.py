"""Feature values of an experience entry, computed without scikit-learn.

What the classifiers see of an entry, its customer-contact cue phrases, its section and
employment type and its O*NET occupation prior, as sparse rows. features.py wraps these as
scikit-learn transformers for training; inference (inference.py) calls them directly, so a
batch worker never imports scikit-learn.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy import sparse

from cxscore.gloss import glossed

if TYPE_CHECKING:
    from cxscore.occupation import OccupationMatch


@dataclass(frozen=True)
class EntryInput:
    """What the classifiers see of an entry."""

    title: str
    organization: str
    duties: str
    section: str
    employment_type: str

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> EntryInput:
        return cls(
            title=record.get("title") or "",
            organization=record.get("organization") or "",
            duties="\n".join(record.get("bullets") or ()),
            section=record.get("section") or "work",
            employment_type=record.get("employment_type") or "unknown",
        )


KINDS = (
    "in_person_service",
    "contact_center",
    "digital_service",
    "sales_account",
    "healthcare_care",
    "education",
    "volunteering",
    "entrepreneurial_freelance",
    "internal_support",
    "other_facing",
)


SECTIONS = ("work", "volunteer", "other")
# An unknown employment type is no evidence either way, so it has no column: in the training
# files it mostly marks career breaks, and a feature for it taught "unknown means not facing" to
# every role read from a résumé without a work heading.
TYPES = ("paid", "volunteer", "freelance", "internship", "military")


def match_occupations(inputs: Sequence[EntryInput]) -> list[OccupationMatch | None]:
    """The O*NET occupation of each entry (from its title and duty lines)."""
    from cxscore.occupation import default_index

    return default_index().match_many(
        [(glossed(x.title), glossed(x.duties).split("\n")) for x in inputs]
    )


def field_texts(inputs: Sequence[EntryInput], field: str) -> list[str]:
    """One text field of each entry."""
    # An empty field becomes a token of its own: "no duties listed" is informative, and
    # a vocabulary is never empty.
    # Foreign job and duty words are read with their English gloss ("Caissière cashier").
    return [glossed(getattr(x, field)) or "xxempty" for x in inputs]


def line_texts(inputs: Sequence[EntryInput], field: str) -> tuple[list[str], np.ndarray]:
    """The non-blank lines of one text field of each entry ("xxempty" for an entry without
    any) and, for each line, the index of its entry."""
    lines: list[str] = []
    owner: list[int] = []
    for i, x in enumerate(inputs):
        text = glossed(getattr(x, field))
        own = [line for line in text.split("\n") if line.strip()] or ["xxempty"]
        lines += own
        owner += [i] * len(own)
    return lines, np.asarray(owner, dtype=np.int64)


def max_pool(
    rows: np.ndarray, cols: np.ndarray, data: np.ndarray, owner: np.ndarray, width: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cells of a line-by-feature matrix pooled to entry-by-feature by taking the largest
    value of each (entry, feature), returned in (entry, feature) order."""
    entry = owner[rows]
    key = entry * max(width, 1) + cols
    order = np.lexsort((-data, key))
    ordered = key[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = ordered[1:] != ordered[:-1]
    keep = order[first]
    return entry[keep], cols[keep], data[keep]


def category_values(inputs: Sequence[EntryInput]) -> np.ndarray:
    """One-hot section and employment type."""
    rows = np.zeros((len(inputs), len(SECTIONS) + len(TYPES)))
    for i, x in enumerate(inputs):
        if x.section in SECTIONS:
            rows[i, SECTIONS.index(x.section)] = 1
        if x.employment_type in TYPES:
            rows[i, len(SECTIONS) + TYPES.index(x.employment_type)] = 1
    return rows


def occupation_values(matches: Sequence[OccupationMatch | None]) -> np.ndarray:
    """The matched occupation's contact score x confidence, the confidence, 'no match' and the
    kind hint (weighted by confidence)."""
    rows = np.zeros((len(matches), 3 + len(KINDS)))
    for i, match in enumerate(matches):
        if match is None:
            rows[i, 2] = 1  # no occupation matched
            continue
        rows[i, 0] = match.contact * match.confidence
        rows[i, 1] = match.confidence
        if match.kind_hint in KINDS:
            rows[i, 3 + KINDS.index(match.kind_hint)] = match.confidence
    return rows


# Cue phrases: who is served, actions that serve them, channels, queries, and work away from
# customers, in English and in the Spanish, Portuguese, French and German words CVs carry over.
# Counted, not hard rules: the classifier weighs them against everything else.
# Matching is word by word (sets and prefix tuples), which keeps it linear in the text.
_PEOPLE = frozenset(
    """
    customer customers client clients guest guests patient patients student students pupil
    pupils learner learners caller callers visitor visitors resident residents member members
    shopper shoppers diner diners passenger passengers tenant tenants families parents children
    kids user users public patron patrons buyer buyers consumer consumers traveller travellers
    traveler travelers policyholder policyholders clientele attendees participants colleagues
    staff employees donors volunteers applicants candidates owners holders homeowners
    adults elderly seniors youth teens teenagers regulars audiences delegates campers newcomers
    refugees tourists holidaymakers claimants jobseekers borrowers service-users mentees
    beneficiaries
    cliente clientes huésped huéspedes hóspede hóspedes pacientes alumnos alumnas alunos
    estudiantes estudantes usuarios usuários público pasajeros passageiros viajeros viajantes
    socios sócios ciudadanos cidadãos familias famílias niños crianças compradores consumidores
    turistas visitantes residentes tarjetahabientes asegurados segurados beneficiarios
    beneficiários colaboradores colegas empleados funcionarios funcionários clientèle élèves
    étudiants voyageurs usagers kunden gäste patienten schüler
    """.split()
)
_SERVE = tuple(
    """
    greet serv assist help answer resolv handl advis explain teach taught tutor coach care
    cared caring support welcom respond listen calm de-escalat deescalat guid meet met consult
    train sold sell recommend book spoke speak talk call chat email e-mail liais reassur comfort
    mentor instruct escort interview counsel usher signpost
    atend atiend atenc atenç asesor aconselh ayud ajud explic enseñ ensin vend orient acompañ
    acompanh recib accueill conseill renseign berat betreu bedien
    """.split()
)
_CHANNEL_WORDS = frozenset(
    """
    phone phones telephone calls inbound outbound chat chats email emails e-mail e-mails
    ticket tickets desk reception counter till tills register pos checkout bedside classroom
    dms comments reviews forum community helpline hotline walk-in walk-ins face-to-face
    llamadas teléfono telefónica telefônico telefone ligações correo correos whatsapp
    mostrador caja balcão caixa recepción recepção sucursal agencia agência appels téléphone
    guichet telefon
    """.split()
)
_CHANNEL_PAIRS = frozenset(
    {"social media", "in person", "one-to-one", "shop floor", "sales floor", "live chat"}
)
_COMPLAINT_STEMS = ("complain", "escalat", "enquir", "inquir", "reclam", "queja", "beschwer")
_COMPLAINT_WORDS = frozenset(
    "queries requests issues problems concerns dudas dúvidas consultas solicitudes".split()
)
_AWAY_WORDS = frozenset(
    """
    kitchen warehouse assembly forklift pallet pallets spreadsheet spreadsheets ledger
    ledgers invoice invoices codebase pipeline pipelines server servers database dashboard
    dashboards experiment experiments lab laboratory samples internal internally stockroom
    almacén armazém bodega cocina cozinha fábrica planilla planillas planilha planilhas
    laboratorio laboratório inventario inventário lager küche
    """.split()
)
_AWAY_STEMS = ("machin", "reconcil", "concilia")
_AWAY_PAIRS = frozenset(
    {
        "back office",
        "back-office",
        "behind the",
        "back of",
        "production line",
        "data entry",
        "stock room",
        "no customer",
        "no client",
    }
)
# Letters of any script, so Spanish, Portuguese, French and German words are whole ("atención").
_WORD_RE = re.compile(r"[^\W\d_][\w'-]*")
_BREAK_RE = re.compile(r"[.;\n]")
CUE_NAMES = (
    "cue_people",
    "cue_serve_people",
    "cue_people_served",
    "cue_channel",
    "cue_complaints",
    "cue_away",
)


_PEOPLE_BIT, _SERVE_BIT, _CHANNEL_BIT, _COMPLAINT_BIT, _AWAY_BIT, _PAIR_BIT = 1, 2, 4, 8, 16, 32
# "Worked with customers": a verb that serves only with "with" after it.
_SERVE_PAIRS = frozenset(
    {"worked with", "work with", "working with", "works with", "dealt with", "sat with"}
)
_PAIR_FIRSTS = frozenset(
    p.split(" ", 1)[0] for p in _CHANNEL_PAIRS | _AWAY_PAIRS | _SERVE_PAIRS if " " in p
)


@lru_cache(maxsize=65536)
def _word_cues(word: str) -> int:
    """The cue classes of one lower-case word, as bits (words recur, so this is cached)."""
    return (
        (_PEOPLE_BIT if word in _PEOPLE else 0)
        | (_SERVE_BIT if word.startswith(_SERVE) else 0)
        | (_CHANNEL_BIT if word in _CHANNEL_WORDS else 0)
        | (_COMPLAINT_BIT if word in _COMPLAINT_WORDS or word.startswith(_COMPLAINT_STEMS) else 0)
        | (_AWAY_BIT if word in _AWAY_WORDS or word.startswith(_AWAY_STEMS) else 0)
        | (_PAIR_BIT if word in _PAIR_FIRSTS else 0)
    )


@lru_cache(maxsize=65536)
def _cased_word_cues(word: str) -> int:
    """`_word_cues` of a word as written; a possessive is its noun ("customer's needs",
    "shoppers' questions")."""
    lowered = word.lower()
    if lowered.endswith("'s"):
        lowered = lowered[:-2]
    return _word_cues(lowered.rstrip("'"))


def cue_matches(text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of each cue in `text` (for features and explanations).

    'Serving people' pairs a service verb with a people word up to 40 characters after it in
    the same sentence; 'people served' has the people word first, up to 25 characters before.
    """
    # Words, spans and cue bits come from C-level loops; Python only visits cue words.
    words = _WORD_RE.findall(text)
    bits = list(map(_cased_word_cues, words))
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in CUE_NAMES}
    if not any(bits):
        return found
    spans = list(map(re.Match.span, _WORD_RE.finditer(text)))
    people, channel = found["cue_people"], found["cue_channel"]
    complaints, away = found["cue_complaints"], found["cue_away"]
    serves: list[tuple[int, int]] = []
    last = len(words) - 1
    for i in compress(range(len(words)), bits):
        cues = bits[i]
        a, b = spans[i]
        pair = f"{words[i].lower()} {words[i + 1].lower()}" if cues & _PAIR_BIT and i < last else ""
        if cues & _PEOPLE_BIT:
            people.append((a, b))
        if cues & _SERVE_BIT or pair in _SERVE_PAIRS:
            serves.append((a, b))
        if cues & _CHANNEL_BIT or pair in _CHANNEL_PAIRS:
            channel.append((a, b))
        if cues & _COMPLAINT_BIT:
            complaints.append((a, b))
        if cues & _AWAY_BIT or pair in _AWAY_PAIRS:
            away.append((a, b))
    if serves and people:
        breaks = [m.start() for m in _BREAK_RE.finditer(text)]

        def same_sentence(a: int, b: int) -> bool:
            # No sentence break k with a <= k < b.
            return bisect_left(breaks, a) == bisect_left(breaks, b)

        # People words are in text order, so those within reach are a run found by bisection.
        starts = [p0 for p0, _ in people]
        ends = [p1 for _, p1 in people]
        count = len(people)
        for s0, s1 in serves:
            k = bisect_left(starts, s1)
            while k < count and starts[k] - s1 <= 40:
                if same_sentence(s1, starts[k]):
                    found["cue_serve_people"].append((s0, ends[k]))
                    break
                k += 1
            k = bisect_right(ends, s0) - 1
            while k >= 0 and s0 - ends[k] <= 25:
                if same_sentence(ends[k], s0):
                    found["cue_people_served"].append((starts[k], s1))
                    break
                k -= 1
    return found


def cue_values(inputs: Sequence[EntryInput], field: str) -> np.ndarray:
    """log(1 + count) of each cue in the entry's title and `field`."""
    rows = np.zeros((len(inputs), len(CUE_NAMES)))
    for i, x in enumerate(inputs):
        matches = cue_matches(f"{x.title}\n{getattr(x, field)}")
        rows[i] = [_log1p(len(matches[name])) for name in CUE_NAMES]
    return rows


@lru_cache(maxsize=256)
def _log1p(count: int) -> float:
    """np.log1p of a count (counts repeat, so each is computed once)."""
    return float(np.log1p(count))


def category_rows(inputs: Sequence[EntryInput]) -> sparse.csr_matrix:
    return sparse.csr_matrix(category_values(inputs))


def occupation_rows(matches: Sequence[OccupationMatch | None]) -> sparse.csr_matrix:
    return sparse.csr_matrix(occupation_values(matches))


def cue_rows(inputs: Sequence[EntryInput], field: str) -> sparse.csr_matrix:
    return sparse.csr_matrix(cue_values(inputs, field))
