"""O*NET occupation matching: known titles, rejection, batching, the shipped table and the
weak-label file that scripts/derive_onet.py writes."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import numpy as np
import pytest

from cxscore import occupation
from cxscore.features import KINDS as FEATURE_KINDS
from cxscore.occupation import OccupationIndex, OccupationMatch, analyze, default_index

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "cxscore" / "data" / "onet_occupations.json.gz"
WEAK = ROOT / "training_data" / "onet_weak.jsonl"
KINDS = set(FEATURE_KINDS)


@pytest.fixture(scope="module")
def index() -> OccupationIndex:
    return default_index()


@pytest.mark.parametrize(
    ("title", "prefixes"),
    [
        ("Cashier", ("41-2011.",)),
        ("Registered Nurse", ("29-1141.",)),
        ("Customer Service Representative", ("43-4051.",)),
        ("Elementary School Teacher", ("25-2021.",)),
        ("Software Engineer", ("15-12",)),
        ("Line Cook", ("35-2014.",)),
        ("Warehouse Associate", ("53-7062.", "53-7065.")),
        ("Bank Teller", ("43-3071.",)),
        # Beyond the brief: abbreviations, seniority words, plurals, part-time.
        ("Senior Software Engineer", ("15-12",)),
        ("Head Cashier", ("41-2011.",)),
        ("Part-time Cashier", ("41-2011.",)),
        ("Customer Service Rep", ("43-4051.",)),
        ("CSR", ("43-4051.",)),
        ("Cashiers", ("41-2011.",)),
        ("Barista", ("35-3023.",)),
        ("Receptionist", ("43-4171.",)),
        ("Bookkeeper", ("43-3031.",)),
        ("Help Desk Technician", ("15-1232.",)),
        ("Call Centre Agent", ("41-9041.", "43-4051.")),
        ("Labourer", ("53-7062.",)),
    ],
)
def test_known_titles(index: OccupationIndex, title: str, prefixes: tuple[str, ...]) -> None:
    match = index.match(title)
    assert match is not None, title
    assert match.code.startswith(prefixes), (title, match)
    assert 0.0 < match.confidence <= 1.0


@pytest.mark.parametrize(
    "title", ["Zorblax Quuxer", "", "   ", None, "Acme Corp", "Jan 2019 - Present", "Intern"]
)
def test_nonsense_and_empty_titles_give_none(index: OccupationIndex, title: str | None) -> None:
    assert index.match(title) is None


@pytest.mark.parametrize(
    "title", ["Manager", "Team Member", "Assistant Manager", "Owner", "Banqueting Supervisor"]
)
def test_generic_titles_alone_give_none(index: OccupationIndex, title: str) -> None:
    assert index.match(title) is None


def test_generic_title_falls_back_to_duties(index: OccupationIndex) -> None:
    duties = [
        "Provide customers with information about products and services",
        "Resolve customer complaints about billing and respond to customer inquiries",
    ]
    assert index.match("Team Member", duties) == index.match(None, duties)


def test_unrelated_duties_do_not_veto_a_clear_title(index: OccupationIndex) -> None:
    alone = index.match("Cashier")
    with_duties = index.match("Cashier", ["Did various things as needed"])
    assert alone is not None and with_duties is not None
    assert with_duties.code == alone.code and with_duties.confidence < alone.confidence


def test_weak_duties_without_title_give_none(index: OccupationIndex) -> None:
    assert index.match(None, ["Responsible for various duties", "Met deadlines"]) is None


def test_duties_break_ties(index: OccupationIndex) -> None:
    match = index.match(
        "Cook", ["Prepare pizzas and burgers on the grill for fast food orders in a drive-thru"]
    )
    assert match is not None and match.code.startswith("35-2011"), match


def test_a_bracketed_note_that_drowns_the_title_is_read_without_it(
    index: OccupationIndex,
) -> None:
    noted = index.match("Cashier (extra job while studying)")
    assert noted is not None and noted.code == index.match("Cashier").code  # type: ignore[union-attr]
    # A note the title needs stays: "Teacher (Maths)" is a mathematics teacher.
    maths = index.match("Teacher (Maths)")
    assert maths is not None and "Math" in maths.title, maths


def test_match_many_equals_repeated_match(index: OccupationIndex) -> None:
    items: list[tuple[str | None, tuple[str, ...]]] = [
        ("Cashier", ()),
        ("Line Cook", ("Prepared sauces and grilled meats to order",)),
        (None, ()),
        ("Zorblax Quuxer", ()),
        ("Team Member", ("Greeted guests and took orders at the counter",)),
        ("Registered Nurse", ("Monitored patient conditions", "Administered medications")),
        ("Software Engineer", ("Designed software applications",)),
        ("Cashier (extra job while studying)", ()),
    ]
    assert index.match_many(items) == [index.match(t, d) for t, d in items]
    assert index.match_many([]) == []


def test_deterministic_across_builds() -> None:
    records = occupation._payload()["occupations"]
    titles = ["Cashier", "Line Cook", "Nurse", "Sales Associate", "Cook", "Driver"]
    first = OccupationIndex(records).match_many([(t, ()) for t in titles])
    second = OccupationIndex(records).match_many([(t, ()) for t in titles])
    assert first == second


def test_saved_index_loads_identical(tmp_path: Path) -> None:
    """The cached arrays a worker loads instead of building give the very same index."""
    built = OccupationIndex(occupation._payload()["occupations"])
    built.save_arrays(tmp_path / "index.npz")
    loaded = OccupationIndex.load_arrays(tmp_path / "index.npz")
    assert loaded._occupations == built._occupations
    for name in ("_title_tfidf", "_duty_tfidf"):
        a, b = getattr(built, name), getattr(loaded, name)
        assert list(a.vocabulary.items()) == list(b.vocabulary.items())
        assert a.idf.dtype == b.idf.dtype and np.array_equal(a.idf, b.idf)
    for name in ("_title_docs", "_titles", "_duty_docs"):
        a, b = getattr(built, name), getattr(loaded, name)
        assert a.shape == b.shape and a.dtype == b.dtype
        for part in ("data", "indices", "indptr"):
            assert np.array_equal(getattr(a, part), getattr(b, part))
    for name in ("_title_owner", "_title_weight", "_prior"):
        assert np.array_equal(getattr(built, name), getattr(loaded, name))
    items = [(t, ("Greeted guests", "Counted the till")) for t in ("Cashier", "Cook", "", "Nurse")]
    assert loaded.match_many(items) == built.match_many(items)


def test_shipped_index_is_cached_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXSCORE_CACHE", str(tmp_path / "cache"))
    first = occupation._shipped_index.__wrapped__()
    (cached,) = (tmp_path / "cache").glob("onet-index-*.npz")
    second = occupation._shipped_index.__wrapped__()  # read back from the file
    assert second.match_many([("Cashier", ())]) == first.match_many([("Cashier", ())])
    cached.write_bytes(b"not an npz")  # a broken cache file is rebuilt, never an error
    assert occupation._shipped_index.__wrapped__().match("Cashier") == first.match("Cashier")


def test_load_is_cached() -> None:
    assert OccupationIndex.load() is OccupationIndex.load()
    assert default_index() is default_index()


def test_contact_orders_customer_service_above_software(index: OccupationIndex) -> None:
    csr = index.match("Customer Service Representative")
    dev = index.match("Software Developer")
    assert isinstance(csr, OccupationMatch) and isinstance(dev, OccupationMatch)
    assert dev.code == "15-1252.00"
    assert csr.contact > dev.contact
    assert csr.kind_hint == "contact_center"
    assert dev.kind_hint is None


def test_analyze_folds_plurals_and_drops_seniority() -> None:
    assert analyze("Senior Cashiers") == analyze("cashier")
    assert analyze("Secretaries") == ["secretary"]
    assert analyze("Customer Service Rep") == analyze("customer service representative")
    # A bigram never spans two lines or a parenthesis.
    assert "cook cashier" not in analyze("Cook\nCashier")
    assert "csr customer" not in analyze("CSR (Customer Service Representative)")


def test_tfidf_matches_sklearn() -> None:
    """The hand-rolled TF-IDF gives the same cosines as sklearn's TfidfVectorizer."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    records = occupation._payload()["occupations"][::7]
    docs = [analyze("\n".join([r["title"], *r["activities"]])) for r in records]
    vocabulary: dict[str, int] = {"cashier": 0}
    counts = occupation._Tfidf.count(docs, vocabulary, grow=True)
    assert sorted(vocabulary.values()) == list(range(len(vocabulary)))
    counts.check_format(full_check=True)
    ours = occupation._Tfidf(counts, vocabulary).weigh(counts)
    theirs = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True).fit_transform(docs)
    np.testing.assert_allclose(
        (ours @ ours.T).toarray(), (theirs @ theirs.T).toarray(), rtol=1e-5, atol=1e-6
    )


def test_speed(index: OccupationIndex) -> None:
    """Generous bounds (the measured figures are ~0.5 s and ~0.2 s) to stay stable on CI."""
    records = occupation._payload()["occupations"]
    start = time.perf_counter()
    OccupationIndex(records)
    assert time.perf_counter() - start < 2.0
    items = [("Customer Service Representative", ("Answered calls from customers",))] * 1000
    start = time.perf_counter()
    index.match_many(items)
    assert time.perf_counter() - start < 1.5


def test_shipped_table() -> None:
    assert TABLE.stat().st_size < 1_500_000
    payload = json.loads(gzip.decompress(TABLE.read_bytes()))
    assert "O*NET 29.3" in payload["attribution"] and "CC BY 4.0" in payload["attribution"]
    assert occupation.attribution() == payload["attribution"]
    rows = payload["occupations"]
    assert len(rows) == len({r["code"] for r in rows}) > 1000
    for row in rows:
        assert 0.0 <= row["contact"] <= 1.0
        assert row["kind_hint"] is None or row["kind_hint"] in KINDS
        assert len(row["titles"]) == len(row["title_scores"]) <= 60
        assert len({t.lower() for t in row["titles"]}) == len(row["titles"])
        assert len(row["activities"]) <= 15
    by_code = {r["code"]: r for r in rows}
    assert by_code["43-4051.00"]["kind_hint"] == "contact_center"
    assert by_code["41-2011.00"]["kind_hint"] == "in_person_service"
    assert by_code["25-2021.00"]["kind_hint"] == "education"


def test_weak_training_file() -> None:
    entries = [json.loads(line) for line in WEAK.read_text("utf-8").splitlines()]
    assert [e["id"] for e in entries] == [f"onet-{i:04d}" for i in range(1, len(entries) + 1)]
    assert {e["cs"] for e in entries} == {"facing", "none"}
    for e in entries:
        assert e["weak"] is True and e["section"] == "work" and e["organization"] is None
        assert e["group"].startswith("onet-") and len(e["bullets"]) == 3 and e["title"]
        if e["cs"] == "facing":
            assert e["kind"] in KINDS
        else:
            assert e["kind"] is None
    facing = min(e["contact"] for e in entries if e["cs"] == "facing")
    none = max(e["contact"] for e in entries if e["cs"] == "none")
    assert none < facing


def test_product_code_does_not_read_shared() -> None:
    source = (ROOT / "cxscore" / "occupation.py").read_text("utf-8")
    assert "../shared" not in source and "shared/data" not in source and "open(" not in source
