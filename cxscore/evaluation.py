"""Measure entry extraction against a labelled corpus: entry F1, date accuracy, month error."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from cxscore.errors import CxscoreError
from cxscore.lexicon import BRACKETED, PAY_GRADE


class CorpusError(CxscoreError):
    """The evaluation corpus is missing or malformed."""


@dataclass(frozen=True)
class StructureScores:
    """Entry-level and résumé-level figures for one corpus split."""

    resumes: int
    gold_entries: int
    predicted_entries: int
    matched: int  # title and dates both right
    title_matched: int
    dates_exact: int  # among title-matched pairs
    org_matched: int  # among title-matched pairs
    months_within: int  # résumés whose total months are within max(3, 10 %)
    # The same against the writer's own total_months, which some writers count with
    # "2015 – 2017" running to December 2017 rather than by cxscore's arithmetic (gold_interval)
    months_within_as_written: int = 0
    failures: tuple[str, ...] = field(default=(), repr=False)
    by_family: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # gold, pred, match

    @property
    def precision(self) -> float:
        return self.matched / self.predicted_entries if self.predicted_entries else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold_entries if self.gold_entries else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_exact / self.title_matched if self.title_matched else 0.0

    @property
    def months_ok_rate(self) -> float:
        return self.months_within / self.resumes if self.resumes else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "resumes": self.resumes,
            "gold_entries": self.gold_entries,
            "predicted_entries": self.predicted_entries,
            "entry_precision": round(self.precision, 4),
            "entry_recall": round(self.recall, 4),
            "entry_f1": round(self.f1, 4),
            "title_recall": round(self.title_matched / max(1, self.gold_entries), 4),
            "dates_exact": round(self.date_accuracy, 4),
            "organization_match": round(self.org_matched / max(1, self.title_matched), 4),
            "total_months_within_tolerance": round(self.months_ok_rate, 4),
            "total_months_within_tolerance_as_written": round(
                self.months_within_as_written / self.resumes if self.resumes else 0.0, 4
            ),
            "by_family": {
                family: {
                    "gold": g,
                    "predicted": p,
                    "matched": m,
                    "f1": round(2 * m / (g + p), 4) if g + p else 0.0,
                }
                for family, (g, p, m) in sorted(self.by_family.items())
            },
        }


_NON_WORD = re.compile(r"[^\w]+")


def _norm(text: str | None) -> str:
    return " ".join(_NON_WORD.sub(" ", (text or "").lower()).split())


def same_text(a: str | None, b: str | None) -> bool:
    """Loose equality for titles and organisations: case, punctuation and small typos, and a
    bracketed note or a federal pay grade on either side ("Barista (part-time)" is the title
    "Barista", "Contact Representative, GS-0962-07" is "Contact Representative": writers differ
    on whether the gold keeps them)."""
    if _same_norm(_norm(a), _norm(b)):
        return True
    if not a or not b:
        return False
    return _same_norm(_norm(_bare(a)), _norm(_bare(b)))


def _bare(text: str) -> str:
    return PAY_GRADE.sub(" ", BRACKETED.sub(" ", text))


def _same_norm(x: str, y: str) -> bool:
    if not x or not y:
        return x == y
    if x == y or x.replace(" ", "") == y.replace(" ", ""):
        return True
    return SequenceMatcher(None, x, y).ratio() >= 0.85


def load_gold(folder: Path) -> list[dict[str, Any]]:
    """Read `gold.jsonl` from a corpus split folder."""
    path = folder / "gold.jsonl"
    if not path.is_file():
        raise CorpusError(f"no gold.jsonl in {folder}")
    try:
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}: line {exc.lineno}: {exc.msg}") from None


def gold_interval(entry: dict[str, Any], as_of: tuple[int, int]) -> tuple[int, int] | None:
    """The months a gold entry covers by cxscore's arithmetic (`dates.month_interval`), the
    one its months are measured against. A year-precision entry counts by its years however
    its writer filled in the months: some label "2015 – 2017" as 2015-01 to 2017-12 (36
    months), others as 2015 to 2017, which the structure issue's arithmetic counts as 25."""
    from cxscore.dates import DateRange, Precision, month_interval, parse_date
    from cxscore.document import Span

    gold_years = entry.get("date_precision") == "year"

    def read(value: str | None, first: bool) -> Any:
        if not value:
            return None
        if gold_years and len(value) == 7 and (first or value[5:] in ("01", "12")):
            value = value[:4]
        return parse_date(value)

    start = read(entry.get("start"), True)
    if start is None:
        return None
    present = entry.get("end") == "present"
    end = None if present else read(entry.get("end"), False)
    return month_interval(
        DateRange(start, end, present, Span(0, 0), Precision.MONTH, False, ()), as_of
    )


def gold_months(entries: Iterable[dict[str, Any]], as_of: tuple[int, int]) -> int:
    """Distinct months of gold entries by cxscore's arithmetic, overlaps counted once."""
    from cxscore.dates import total_months

    return total_months(iv for entry in entries for iv in [gold_interval(entry, as_of)] if iv)


def _same_dates(gold: dict[str, Any], got: dict[str, Any]) -> bool:
    """Same start and end. A season written alone ("Summer 2019") may be labelled with its
    first month or its three months, and a year-only range with its first and last months or
    its years; writers split on both, so either reading matches."""
    if got["start"] == gold["start"] and got["end"] == gold["end"]:
        return True
    if gold.get("date_precision") == "year":
        # Years only, which some writers label from January of the first to December of the
        # last: the years are what the résumé says.
        return all(
            (g or "")[:4] == (p or "") if p and len(p) == 4 else g == p
            for g, p in ((gold["start"], got["start"]), (gold["end"], got["end"]))
        )
    start = gold["start"]
    if gold.get("date_precision") != "season" or got["start"] != start or len(start or "") != 7:
        return False
    from cxscore.dates import SEASON_MONTHS

    year, month = int(start[:4]), int(start[5:])
    last = month + SEASON_MONTHS - 1
    spans = {start, f"{year:04d}-{last:02d}"} if last <= 12 else {start}
    return gold["end"] in spans and got["end"] in spans


def _match(
    gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]
) -> tuple[int, int, int, int, list[str]]:
    """Greedy one-to-one matching in document order; returns matched, title-matched,
    dates-exact and organisation-matched counts, and descriptions of the misses."""
    used: set[int] = set()
    matched = titled = dates = orgs = 0
    misses: list[str] = []
    for g in gold:
        candidates = [
            i
            for i, p in enumerate(predicted)
            if i not in used and same_text(g["title"], p["title"])
        ]
        exact = [i for i in candidates if _same_dates(g, predicted[i])]
        pick = exact[0] if exact else (candidates[0] if candidates else None)
        if pick is None:
            misses.append(f"missed {g['title']!r} ({g['start']}–{g['end']})")
            continue
        used.add(pick)
        titled += 1
        p = predicted[pick]
        if same_text(g.get("organization"), p["organization"]):
            orgs += 1
        if exact:
            dates += 1
            matched += 1
        else:
            misses.append(
                f"dates {g['title']!r}: gold {g['start']}–{g['end']}, got {p['start']}–{p['end']}"
            )
    for i, p in enumerate(predicted):
        if i not in used:
            misses.append(f"extra {p['title']!r} / {p['organization']!r} ({p['start']}–{p['end']})")
    return matched, titled, dates, orgs, misses


def evaluate_structure(folder: Path) -> StructureScores:
    """Run the structure stages over every résumé in `folder` and score them against gold."""
    from cxscore.dates import parse_as_of
    from cxscore.pipeline import analyze
    from cxscore.report import report_dict

    gold_items = load_gold(folder)
    totals: dict[str, int] = defaultdict(int)
    by_family: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    failures: list[str] = []
    for item in gold_items:
        as_of = parse_as_of(item["as_of"])
        report = report_dict(analyze(folder / item["file"], as_of=as_of))
        predicted = report["experiences"]
        matched, titled, dates, orgs, misses = _match(item["entries"], predicted)
        totals["gold"] += len(item["entries"])
        totals["pred"] += len(predicted)
        totals["matched"] += matched
        totals["titled"] += titled
        totals["dates"] += dates
        totals["orgs"] += orgs
        expected = gold_months(item["entries"], as_of)
        got = report["summary"]["total_months"]
        if abs(got - expected) <= max(3, 0.1 * expected):
            totals["months"] += 1
        else:
            misses.append(f"total months: gold {expected}, got {got}")
        written = item["total_months"]
        totals["months_as_written"] += abs(got - written) <= max(3, 0.1 * written)
        family = by_family[item.get("family", "unknown")]
        family[0] += len(item["entries"])
        family[1] += len(predicted)
        family[2] += matched
        failures.extend(f"{item['file']}: {m}" for m in misses)
    return StructureScores(
        resumes=len(gold_items),
        gold_entries=totals["gold"],
        predicted_entries=totals["pred"],
        matched=totals["matched"],
        title_matched=totals["titled"],
        dates_exact=totals["dates"],
        org_matched=totals["orgs"],
        months_within=totals["months"],
        months_within_as_written=totals["months_as_written"],
        failures=tuple(failures),
        by_family={k: (v[0], v[1], v[2]) for k, v in by_family.items()},
    )


def format_scores(scores: StructureScores, name: str) -> Iterable[str]:
    """Plain-text table of structure scores."""
    d = scores.as_dict()
    yield (
        f"Structure evaluation on {name}: {d['resumes']} résumés, {d['gold_entries']} gold entries"
    )
    rows = [
        ("entry precision", d["entry_precision"], "title + dates right"),
        ("entry recall", d["entry_recall"], ""),
        ("entry F1", d["entry_f1"], "target ≥ 0.95"),
        ("title recall", d["title_recall"], "title found, dates aside"),
        ("dates exact", d["dates_exact"], "of title-matched entries; target ≥ 0.95"),
        ("organisation match", d["organization_match"], "of title-matched entries"),
        ("total months ok", d["total_months_within_tolerance"], "within max(3, 10 %); ≥ 0.90"),
        (
            "  as the writer counts",
            d["total_months_within_tolerance_as_written"],
            "the gold's own total_months",
        ),
    ]
    for label, value, note in rows:
        yield f"  {label:<20} {value:>6.3f}  {note}"
    yield "  by layout family (gold / predicted / matched / F1):"
    for family, f in d["by_family"].items():
        counts = f"{f['gold']:>4} {f['predicted']:>4} {f['matched']:>4}"
        yield f"    {family:<18} {counts}  {f['f1']:.3f}"
