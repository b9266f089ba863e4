"""Match a résumé entry (job title, optional duty bullets) to an O*NET-SOC occupation.

A matched occupation gives cxscore two priors it cannot read off one short entry: how much
contact with customers, clients, patients or the public the occupation involves (`contact`,
0..1) and a coarse customer-service kind (`kind_hint`). Both come from
``cxscore/data/onet_occupations.json.gz``, which ``scripts/derive_onet.py`` derives from the
O*NET 29.3 Database (CC BY 4.0, USDOL/ETA; see `attribution()`).

Method
------
Word 1-2 gram TF-IDF (lower case, sublinear tf, smooth idf, l2 norm). Plurals are folded
crudely ("Cashiers" = "Cashier"), and a bigram never spans two titles. The title document of an
occupation is its main title (twice) plus up to 60 alternate and reported titles. The title
similarity of an entry to an occupation is

    DOC_SHARE * cosine(entry, occupation document)
    + (1 - DOC_SHARE) * max over the occupation's titles of cosine(entry, title) * weight.

The weight is 1 for the main title. For a listed title it rises with the title's commonness
score from the derive script (reported titles, number of sources), from ALT_LAST to ALT_FIRST.
So an exact "Cashier" prefers Cashiers (main title) to Tellers, where "Cashier" is a rare
alternate title. "Line Cook" prefers Cooks, Restaurant to Cooks, Fast Food, because O*NET lists
it there from more sources. A second TF-IDF over main title + work activities (DWA titles)
scores the duties. The score is ``0.75 * title + 0.25 * duties`` when duties are given, else
the title similarity. "..., All Other" catch-all occupations are matched on their listed titles
only and scored x RESIDUAL_FACTOR, so they win only when nothing specific fits. Ties go to the
first occupation in O*NET-SOC code order, so results are deterministic.

Seniority, grade and contract words ("senior", "junior", "lead", "head", "trainee", "intern",
"ii", ...) are dropped before matching. So "Senior Software Engineer" matches like "Software
Engineer" and "Head Cashier" like "Cashier". "Assistant", "associate", "manager" and
"supervisor" are kept because they change the occupation (Medical Assistant, First-Line
Supervisors...). But a title whose known words are *all* generic role words ("Manager",
"Team Member", "Assistant Manager", "Owner", "Banqueting Supervisor") is treated as no title.
A few résumé abbreviations and British spellings are rewritten ("CSR", "Rep", "Centre").

Thresholds were chosen by inspection. On a 119-title development list the correct best matches
scored 0.41-0.91. Junk strings (company names, dates, "Data", "Operations", "Freelance") scored
0-0.34. On the team-written training titles, about two thirds of the best matches scoring
0.35-0.40 looked right, but only about half of those scoring 0.30-0.35. So MIN_SCORE is 0.35.
Duties re-rank but never veto: an entry with an informative title is kept when its title
similarity or its combined score reaches MIN_SCORE, because duty cosines are low even for the
right occupation (DWA titles are terse). An entry without an informative title is matched on
its duties alone and needs MIN_DUTY_SCORE (0.3). Few duty lists reach it: about 3 % of O*NET
task triples, and about half of those are then matched exactly.

The TF-IDF is computed here with numpy/scipy rather than with sklearn's TfidfVectorizer. The
formula is the same (``tests/test_occupation.py`` checks the cosines against TfidfVectorizer
with ``sublinear_tf=True``). But importing sklearn's text module alone takes ~0.9 s, and its
vocabulary counting doubled the build time. Everything is built on first use
(``OccupationIndex.load`` / ``default_index``), never at import.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain, pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cxscore.lexicon import BRACKETED

if TYPE_CHECKING:
    from scipy import sparse

DATA_FILE = "data/onet_occupations.json.gz"
INDEX_FORMAT = 1  # of the cached index arrays (OccupationIndex.save_arrays)

TITLE_WEIGHT = 0.75  # share of the title similarity when duties are given
DOC_SHARE = 0.5  # share of the document cosine in the title similarity (rest: best title)
ALT_FIRST, ALT_LAST = 0.9, 0.7  # exact-match weight of the most / least common listed title
SCORE_CAP = 12.0  # commonness score at which a listed title gets ALT_FIRST
RESIDUAL_FACTOR = 0.9  # "..., All Other" catch-all occupations lose ties to specific ones
MIN_SCORE = 0.35  # below this the best occupation is not trusted (chosen by inspection)
MIN_DUTY_SCORE = 0.3  # entries without an informative title: their duties alone must reach this

# Seniority, grade and contract words plus function words; dropped before matching.
STOP_WORDS = frozenset(
    """
    senior sr junior jr lead head trainee intern internship apprentice entry level ii iii iv
    temporary temp seasonal casual
    and of or the for in to a an at with on by all other except
    """.split()
)
# Role words that alone say nothing about the occupation ("Manager", "Team Member", "Assistant
# Manager", "Owner"): a title made only of these (after folding) is matched on its duties alone.
GENERIC_WORDS = frozenset(
    """
    manager director officer owner consultant specialist assistant associate coordinator
    supervisor worker member team staff employee executive professional administrator partner
    founder cofounder co representative agent analyst engineer technician operator clerk helper
    aide attendant volunteer student freelancer contractor leader crew shift general deputy
    vice various role position job summer part
    """.split()
)
# Résumé abbreviations and British spellings, rewritten on both sides ("Customer Service
# Rep", "CSR", "Admin Asst", "Call Centre Adviser").
ABBREVIATIONS = {
    "rep": ("representative",),
    "reps": ("representative",),
    "csr": ("customer", "service", "representative"),
    "asst": ("assistant",),
    "admin": ("administrative",),
    "mgr": ("manager",),
    "hr": ("human", "resource"),
    "centre": ("center",),
    "centres": ("center",),
    "adviser": ("advisor",),
    "advisers": ("advisor",),
    "labourer": ("laborer",),
    "labourers": ("laborer",),
    "labour": ("labor",),
    "organiser": ("organizer",),
    "programme": ("program",),
    "counsellor": ("counselor",),
    "counsellors": ("counselor",),
    "paediatric": ("pediatric",),
    "cheque": ("check",),
    "jewellery": ("jewelry",),
    "catalogue": ("catalog",),
}
# A token, a run of separators (a bigram never spans one) or the end of one text.
_PIECE = re.compile(r"[a-z0-9]+(?:\+\+|#)?|[()\n|;]+|\x00")
# "\b(?:part|full)[\s-]*time\b", with each word boundary written after the word's first letter, so
# the regex engine can skip ahead to a "p" or an "f" instead of trying every position.
_FULL_PART_TIME = re.compile(r"(?:p(?<!\wp)art|f(?<!\wf)ull)[\s-]*time\b")
_KEEP_SHORT = frozenset({"c", "r"})  # programming languages; other 1-letter tokens are noise
_SEPARATOR_START = frozenset("()\n|;")


def _fold(word: str) -> str:
    """Fold English plurals so "Cashiers" meets "Cashier" ("secretaries" -> "secretary")."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1]


@lru_cache(maxsize=65536)
def _token_words(token: str) -> tuple[str, ...]:
    return tuple(
        _fold(word)
        for word in ABBREVIATIONS.get(token, (token,))
        if word not in STOP_WORDS and (len(word) > 1 or word in _KEEP_SHORT)
    )


def analyze_many(texts: Sequence[str]) -> list[list[str]]:
    """`analyze` for many texts in one regular-expression pass (the index build analyses
    ~42,000 titles, so this is where its time goes)."""
    joined = "\x00".join(t.replace("\x00", " ") for t in texts).lower() + "\x00"
    if "time" in joined:
        joined = _FULL_PART_TIME.sub(" ", joined)
    out: list[list[str]] = []
    grams: list[str] = []
    words: list[str] = []
    for piece in _PIECE.findall(joined):
        if piece[0] in _SEPARATOR_START or piece == "\x00":
            if words:
                grams.extend(words)
                grams.extend([f"{a} {b}" for a, b in pairwise(words)])
                words = []
            if piece == "\x00":
                out.append(grams)
                grams = []
        else:
            words.extend(_token_words(piece))
    return out


def analyze(text: str) -> list[str]:
    """Unigrams and bigrams of `text`, lower case, plurals folded, stop words dropped. A bigram
    never spans a line break, a parenthesis, "|" or ";", so titles listed one per line stay
    apart."""
    return analyze_many([text])[0]


def _informative(grams: Sequence[str], known: dict[str, int]) -> bool:
    """Whether an analysed title has a word that O*NET titles use and that is not generic
    ("Banqueting Supervisor": "banqueting" is unknown, "supervisor" generic -> False)."""
    return any(" " not in g and g in known and g not in GENERIC_WORDS for g in grams)


def _terms(vocabulary: dict[str, int]) -> np.ndarray:
    """A vocabulary's terms in index order."""
    terms = [""] * len(vocabulary)
    for term, number in vocabulary.items():
        terms[number] = term
    return np.array(terms, dtype=str)


def _vocabulary(terms: np.ndarray) -> dict[str, int]:
    return {term: number for number, term in enumerate(terms.tolist())}


class _Tfidf:
    """TF-IDF over pre-analysed documents, as TfidfVectorizer(sublinear_tf=True) computes it:
    tf = 1 + ln(count), idf = ln((1 + n) / (1 + df)) + 1, rows l2-normalised."""

    def __init__(self, counts: sparse.csr_matrix, vocabulary: dict[str, int]) -> None:
        n = counts.shape[0]
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        self.vocabulary = vocabulary
        self.idf = (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)

    @classmethod
    def of(cls, vocabulary: dict[str, int], idf: np.ndarray) -> _Tfidf:
        """A TF-IDF with a known vocabulary and idf (as saved by `save_arrays`)."""
        tfidf = cls.__new__(cls)
        tfidf.vocabulary = vocabulary
        tfidf.idf = idf
        return tfidf

    @staticmethod
    def count(
        docs: Sequence[Sequence[str]], vocabulary: dict[str, int], grow: bool = False
    ) -> sparse.csr_matrix:
        """Term counts, one row per document; unseen terms are added only when `grow`."""
        from scipy import sparse

        flat = list(chain.from_iterable(docs))
        if grow:
            fresh = [g for g in dict.fromkeys(flat) if g not in vocabulary]
            vocabulary.update(
                zip(fresh, range(len(vocabulary), len(vocabulary) + len(fresh)), strict=True)
            )
            indices = list(map(vocabulary.__getitem__, flat))
            indptr = np.cumsum([0, *map(len, docs)])
        else:
            lookup = vocabulary.get
            kept = [[i for i in map(lookup, grams) if i is not None] for grams in docs]
            indices = list(chain.from_iterable(kept))
            indptr = np.cumsum([0, *map(len, kept)])
        data = np.ones(len(indices), dtype=np.float32)
        matrix = sparse.csr_matrix(
            (data, np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int32)),
            shape=(len(docs), len(vocabulary)),
        )
        matrix.sum_duplicates()
        return matrix

    def weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """Sublinear tf x idf, rows scaled to unit length (empty rows stay empty)."""
        from scipy import sparse

        # The arithmetic of the sparse-matrix version (float32 squares summed row by row in
        # index order, then each value times 1/norm), with arrays instead of a dozen
        # intermediate sparse matrices per call.
        counts = counts.astype(np.float32, copy=False)
        data = (1 + np.log(counts.data)) * self.idf[counts.indices]
        lengths = np.diff(counts.indptr)
        rows = np.repeat(np.arange(counts.shape[0]), lengths)
        squares = data * data
        norms = np.zeros(counts.shape[0], dtype=np.float32)
        filled = lengths > 0
        if filled.any():
            norms[filled] = np.add.reduceat(squares, counts.indptr[:-1][filled])
        norms = np.sqrt(norms)
        norms[norms == 0] = 1
        scale = (1 / norms).astype(np.float32)
        return sparse.csr_matrix(
            (data * scale[rows], counts.indices.copy(), counts.indptr.copy()),
            shape=counts.shape,
            dtype=np.float32,
        )

    def transform(self, docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        return self.weigh(self.count(docs, self.vocabulary))


@dataclass(frozen=True)
class OccupationMatch:
    """The best O*NET-SOC occupation for an entry and what cxscore uses from it."""

    code: str  # O*NET-SOC code, e.g. "43-4051.00"
    title: str  # O*NET title, e.g. "Customer Service Representatives"
    confidence: float  # match score clipped to 0..1
    contact: float  # customer/public contact score of the occupation, 0..1
    kind_hint: str | None  # e.g. "contact_center", or None


@dataclass(frozen=True)
class _Occupation:
    code: str
    title: str
    contact: float
    kind_hint: str | None


def _is_residual(title: str) -> bool:
    return "All Other" in title


def _title_weights(scores: Sequence[float]) -> list[float]:
    """Exact-match weight of each title: 1.0 for the main title; a listed title's weight rises
    with its commonness score from the derive script (sources + reported), from ALT_LAST for
    a one-source title to ALT_FIRST at SCORE_CAP or more."""
    span = ALT_FIRST - ALT_LAST
    return [1.0] + [ALT_LAST + span * min(max(s, 0.0) / SCORE_CAP, 1.0) for s in scores]


class OccupationIndex:
    """TF-IDF index over O*NET occupations; build once (`load`), then `match` many entries."""

    def __init__(self, records: Sequence[dict[str, Any]]) -> None:
        from scipy import sparse

        self._occupations = [
            _Occupation(r["code"], r["title"], float(r["contact"]), r.get("kind_hint"))
            for r in records
        ]
        owner: list[int] = []
        weight: list[float] = []
        names: list[str] = []
        for i, r in enumerate(records):
            listed = r.get("titles", [])
            scores = r.get("title_scores") or []
            if len(scores) != len(listed):
                scores = [0.0] * len(listed)
            # "Cooks, All Other" says only "cook": such a main title would win every bare
            # "Cook", so catch-all occupations are matched on their listed titles alone.
            names.extend(["" if _is_residual(r["title"]) and listed else r["title"], *listed])
            owner.extend([i] * (1 + len(listed)))
            weight.extend(_title_weights(scores))
        title_grams = analyze_many(names)
        # Duty documents: main title + activities, one per line. The 2,087 DWA titles recur
        # across occupations, so each distinct line is analysed once.
        duty_lines = [[r["title"], *r.get("activities", [])] for r in records]
        distinct = list(dict.fromkeys(chain.from_iterable(duty_lines)))
        line_grams = dict(zip(distinct, analyze_many(distinct), strict=True))
        duty_grams = [[g for line in lines for g in line_grams[line]] for lines in duty_lines]
        # One row per title; an occupation's document is the sum of its rows, main title twice.
        vocabulary: dict[str, int] = {}
        title_counts = _Tfidf.count(title_grams, vocabulary, grow=True)
        first = np.r_[0, np.flatnonzero(np.diff(owner)) + 1]
        mult = np.ones(len(owner), dtype=np.float32)
        mult[first] = 2
        to_doc = sparse.csr_matrix(
            (mult, (owner, np.arange(len(owner)))), shape=(len(records), len(owner))
        )
        doc_counts = sparse.csr_matrix(to_doc @ title_counts)
        self._title_tfidf = _Tfidf(doc_counts, vocabulary)
        self._title_docs = self._title_tfidf.weigh(doc_counts).T.tocsr()
        self._titles = self._title_tfidf.weigh(title_counts).T.tocsr()
        self._title_owner = np.asarray(owner, dtype=np.intp)
        self._title_weight = np.asarray(weight, dtype=np.float32)
        duty_vocabulary: dict[str, int] = {}
        duty_counts = _Tfidf.count(duty_grams, duty_vocabulary, grow=True)
        self._duty_tfidf = _Tfidf(duty_counts, duty_vocabulary)
        self._duty_docs = self._duty_tfidf.weigh(duty_counts).T.tocsr()
        self._prior = np.array(
            [RESIDUAL_FACTOR if _is_residual(o.title) else 1.0 for o in self._occupations],
            dtype=np.float32,
        )

    # --- saving and loading the built arrays (a worker then skips the ~0.3 s build) --------

    def save_arrays(self, path: Path) -> None:
        """Write the built index as one `.npz` file (arrays and JSON, no pickle)."""
        arrays: dict[str, np.ndarray] = {
            "occupations": np.array(
                json.dumps([[o.code, o.title, o.contact, o.kind_hint] for o in self._occupations])
            ),
            "format": np.array(INDEX_FORMAT),
            "title_terms": _terms(self._title_tfidf.vocabulary),
            "title_idf": self._title_tfidf.idf,
            "duty_terms": _terms(self._duty_tfidf.vocabulary),
            "duty_idf": self._duty_tfidf.idf,
            "title_owner": self._title_owner,
            "title_weight": self._title_weight,
            "prior": self._prior,
        }
        for name in ("title_docs", "titles", "duty_docs"):
            matrix = getattr(self, f"_{name}")
            arrays[f"{name}_data"] = matrix.data
            arrays[f"{name}_indices"] = matrix.indices
            arrays[f"{name}_indptr"] = matrix.indptr
            arrays[f"{name}_shape"] = np.array(matrix.shape)
        from cxscore.inference import save_npz

        save_npz(path, arrays)

    @classmethod
    def load_arrays(cls, path: Path) -> OccupationIndex:
        """An index written by `save_arrays` (ValueError if its format differs)."""
        from scipy import sparse

        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        if int(arrays["format"]) != INDEX_FORMAT:
            raise ValueError("unknown O*NET index format")
        index = cls.__new__(cls)
        index._occupations = [
            _Occupation(code, title, float(contact), hint)
            for code, title, contact, hint in json.loads(str(arrays["occupations"]))
        ]
        index._title_tfidf = _Tfidf.of(_vocabulary(arrays["title_terms"]), arrays["title_idf"])
        index._duty_tfidf = _Tfidf.of(_vocabulary(arrays["duty_terms"]), arrays["duty_idf"])
        for name in ("title_docs", "titles", "duty_docs"):
            matrix = sparse.csr_matrix(
                (
                    arrays[f"{name}_data"],
                    arrays[f"{name}_indices"],
                    arrays[f"{name}_indptr"],
                ),
                shape=tuple(arrays[f"{name}_shape"].tolist()),
            )
            setattr(index, f"_{name}", matrix)
        index._title_owner = arrays["title_owner"]
        index._title_weight = arrays["title_weight"]
        index._prior = arrays["prior"]
        return index

    @classmethod
    def load(cls) -> OccupationIndex:
        """The index over the shipped O*NET table (built on first call, then cached)."""
        return _shipped_index()

    def __len__(self) -> int:
        return len(self._occupations)

    def match(self, title: str | None, duties: Sequence[str] = ()) -> OccupationMatch | None:
        """The best occupation for one entry, or None when nothing matches well enough."""
        return self.match_many([(title, duties)])[0]

    def match_many(
        self, items: Sequence[tuple[str | None, Sequence[str]]]
    ) -> list[OccupationMatch | None]:
        """`match` for many (title, duties) pairs at once, with sparse matrix products."""
        if not items:
            return []
        score, evidence, floor = self._scores(items)
        rows = np.arange(len(items))
        best = score.argmax(axis=1)
        keep = evidence[rows, best] >= floor
        out: list[OccupationMatch | None] = []
        for i, value, kept in zip(
            best.tolist(), score[rows, best].tolist(), keep.tolist(), strict=True
        ):
            if not kept:
                out.append(None)
                continue
            occ = self._occupations[i]
            confidence = round(min(max(value, 0.0), 1.0), 4)
            out.append(OccupationMatch(occ.code, occ.title, confidence, occ.contact, occ.kind_hint))
        return out

    def _scores(
        self, items: Sequence[tuple[str | None, Sequence[str]]]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(entries x occupations) scores, the evidence compared with the floor, and the floor.

        Duty cosines are low even for the right occupation (DWA titles are terse), so duties
        re-rank but do not veto: an entry with an informative title is kept when either its
        combined score or its title similarity reaches MIN_SCORE. An entry without one is
        scored on its duties alone and needs MIN_DUTY_SCORE.
        """
        titles = analyze_many([t or "" for t, _ in items])
        duties = analyze_many(["\n".join(d) for _, d in items])
        known = self._title_tfidf.vocabulary
        has_title = np.array([_informative(t, known) for t in titles])[:, None]
        has_duties = np.array([bool(d) for d in duties])[:, None]
        title_sim = self._title_similarity(titles) * self._prior
        # "Cashier (extra job while studying)": a bracketed note can dilute a title below the
        # floor; such a title is read again without it ("Teacher (Maths)", which matches with
        # its note, keeps it).
        noted = [
            i
            for i, (t, _) in enumerate(items)
            if t and "(" in t and title_sim[i].max(initial=0.0) < MIN_SCORE
        ]
        bare = analyze_many([BRACKETED.sub(" ", items[i][0] or "") for i in noted]) if noted else []
        kept = [(i, words) for i, words in zip(noted, bare, strict=True) if words]
        if kept:
            rows = [i for i, _ in kept]
            title_sim[rows] = self._title_similarity([words for _, words in kept]) * self._prior
            has_title[rows, 0] = [_informative(words, known) for _, words in kept]
        duty_sim = (self._duty_tfidf.transform(duties) @ self._duty_docs).toarray() * self._prior
        mixed = TITLE_WEIGHT * title_sim + (1 - TITLE_WEIGHT) * duty_sim
        score = np.where(has_title, np.where(has_duties, mixed, title_sim), duty_sim)
        evidence = np.where(has_title, np.maximum(score, title_sim), score)
        floor = np.where(has_title[:, 0], MIN_SCORE, MIN_DUTY_SCORE)
        return score, evidence, floor

    def _title_similarity(self, titles: list[list[str]]) -> np.ndarray:
        queries = self._title_tfidf.transform(titles)
        doc = (queries @ self._title_docs).toarray()
        hits = queries @ self._titles
        rows = np.repeat(np.arange(hits.shape[0]), np.diff(hits.indptr))
        best = np.zeros_like(doc)
        # Each (entry, occupation) cell of `best` keeps its best title; flat cell numbers let
        # numpy take its fast path for ufunc.at.
        np.maximum.at(
            best.reshape(-1),
            rows * best.shape[1] + self._title_owner[hits.indices],
            hits.data * self._title_weight[hits.indices],
        )
        result: np.ndarray = DOC_SHARE * doc + (1 - DOC_SHARE) * best
        return result


def _payload() -> dict[str, Any]:
    raw = resources.files("cxscore").joinpath(DATA_FILE).read_bytes()
    payload: dict[str, Any] = json.loads(gzip.decompress(raw))
    return payload


@lru_cache(maxsize=1)
def _shipped_index() -> OccupationIndex:
    """Read from the cache when an earlier process built it, else built and cached."""
    path = _index_cache_path()
    try:
        return OccupationIndex.load_arrays(path)
    except (OSError, ValueError, KeyError):
        pass
    index = OccupationIndex(_payload()["occupations"])
    with contextlib.suppress(OSError):  # no writable cache: the next process builds it again
        index.save_arrays(path)
    return index


def _index_cache_path() -> Path:
    """The cached arrays of the shipped index, named by a hash of the O*NET table and of this
    module's source, so a change to either builds a fresh index."""
    from cxscore.inference import cache_folder

    digest = hashlib.sha256(resources.files("cxscore").joinpath(DATA_FILE).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return cache_folder() / f"onet-index-{INDEX_FORMAT}-{digest.hexdigest()}.npz"


@lru_cache(maxsize=1)
def default_index() -> OccupationIndex:
    """The shared index over the shipped O*NET table."""
    return OccupationIndex.load()


@lru_cache(maxsize=1)
def attribution() -> str:
    """The O*NET CC BY 4.0 credit that must accompany anything derived from the table."""
    return str(_payload()["attribution"])
