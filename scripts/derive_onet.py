"""Derive the shipped O*NET occupation table and weak-supervision entries from ../shared/data.

cxscore must judge customer contact offline and without reading ../shared at run time, so this
script condenses the O*NET 29.3 release (plus the SOC 2018 hierarchy) into two small files that
we commit:

* ``cxscore/data/onet_occupations.json.gz``: every O*NET-SOC occupation with a customer-contact
  score, a coarse customer-service kind hint, up to 60 job titles and up to 15 work activities
  (read by ``cxscore.occupation``);
* ``training_data/onet_weak.jsonl``: weakly labelled pseudo experience entries (title + task
  bullets) for occupations whose contact score is clearly high or clearly low.

Run from the repository root::

    .venv/bin/python scripts/derive_onet.py --shared ../shared

The output is byte-for-byte deterministic. See ``training_data/README_onet.md`` for the method.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean

from derive_lexicons import ONET_CREDIT  # scripts/ is on sys.path when run as a script

SOURCE = (
    "O*NET 29.3 Database (May 2025): Occupation Data, Alternate Titles, Sample of Reported "
    "Titles, Skills, Work Styles, Task Statements, Tasks to DWAs, DWA Reference; SOC 2018 "
    "structure (BLS). Derived by scripts/derive_onet.py."
)

NOTES = (
    "contact: 0..1 customer/public contact score (weighted mean of min-max normalised O*NET "
    "signals, see training_data/README_onet.md); kind_hint: coarse customer-service kind from "
    "the SOC code or null; titles: up to 60 alternate and reported titles, most common first; "
    "title_scores: the commonness score of each title (same order); activities: up to 15 "
    "Detailed Work Activities linked to the occupation's tasks."
)

MAX_TITLES = 60
MAX_ACTIVITIES = 15
SEED = 29
HIGH_QUANTILE = 0.65  # contact at or above this quantile -> weak label "facing" (top 35 %)
LOW_QUANTILE = 0.35  # contact at or below this quantile -> weak label "none" (bottom 35 %)
# A weak label also needs the occupation's own task evidence to agree: "facing" needs at least one
# DWA-linked task in eight to serve people, "none" at most that (drops e.g. Chief Executives).
CLEAR_SHARE = 0.125
ENTRIES_PER_OCCUPATION = 2
BULLETS_PER_ENTRY = 3

# Descriptor element IDs (checked against Content Model Reference.txt by check_elements()).
SKILL_ELEMENTS = {"2.B.1.f": "Service Orientation", "2.B.1.a": "Social Perceptiveness"}
STYLE_ELEMENTS = {"1.C.3.b": "Concern for Others", "1.C.3.c": "Social Orientation"}
SIGNALS = (
    "service_orientation",
    "social_perceptiveness",
    "concern_for_others",
    "social_orientation",
    "people_dwa_share",
)
# Service Orientation ("actively looking for ways to help people") and the people-serving DWA
# share are the most direct customer-contact evidence, so they count double; the three empathy
# and sociability ratings (Social Perceptiveness, Concern for Others, Social Orientation) once.
SIGNAL_WEIGHTS = {
    "service_orientation": 2.0,
    "social_perceptiveness": 1.0,
    "concern_for_others": 1.0,
    "social_orientation": 1.0,
    "people_dwa_share": 2.0,
}
_SIGNAL_OF_ELEMENT = {
    "2.B.1.f": "service_orientation",
    "2.B.1.a": "social_perceptiveness",
    "1.C.3.b": "concern_for_others",
    "1.C.3.c": "social_orientation",
}

# A DWA "serves people" when its title names people the worker serves. Staff, team,
# organisational and jury members are colleagues, and "public" must mean the public rather than
# public policy, records, order or health programmes.
_PEOPLE_DWA = re.compile(
    r"\b(?:customers?|clients?|patients?|students?|guests?|visitors?|passengers?|patrons?"
    r"|residents?|child|children|callers?|buyers?"
    r"|(?<!staff )(?<!team )(?<!organizational )(?<!jury )members?"
    r"|public(?!\s+(?:polic|order|health|or personal|or employee|record)))\b",
    re.IGNORECASE,
)

# Customer-service kind hints by SOC prefix; the longest matching prefix wins.
KIND_BY_PREFIX: dict[str, str | None] = {
    "25-": "education",
    "29-": "healthcare_care",
    "31-": "healthcare_care",
    # 21-1 counsellors, social workers, community health workers: care work with clients.
    "21-1": "healthcare_care",
    # 21-2 clergy and religious workers: public-facing, but not care in the clinical sense.
    "21-2": "other_facing",
    "41-": "sales_account",
    "41-2011": "in_person_service",  # cashiers
    "41-2012": "in_person_service",  # gambling change persons and booth cashiers
    "41-2021": "in_person_service",  # counter and rental clerks
    "41-2031": "in_person_service",  # retail salespersons
    "41-9041": "contact_center",  # telemarketers
    "35-3": "in_person_service",  # food and beverage serving workers
    "35-9": "in_person_service",  # hosts, dining room attendants, other food service
    "35-9021": None,  # dishwashers: in the kitchen, not serving
    "39-5": "in_person_service",  # personal appearance workers
    "39-6012": "in_person_service",  # concierges
    "43-3071": "in_person_service",  # tellers
    "43-4171": "in_person_service",  # receptionists
    "43-4081": "in_person_service",  # hotel, motel and resort desk clerks
    "43-4051": "contact_center",  # customer service representatives
    "43-3011": "contact_center",  # bill and account collectors
    "15-1232": "internal_support",  # computer user support specialists
    "53-3052": "other_facing",  # bus drivers, transit and intercity
    "53-3053": "other_facing",  # shuttle drivers and chauffeurs
    "39-9031": "other_facing",  # exercise trainers and group fitness instructors
    "33-9092": "other_facing",  # lifeguards, ski patrol
}


def kind_hint(code: str) -> str | None:
    """The kind hint of the longest SOC prefix in KIND_BY_PREFIX that `code` starts with."""
    best = max((p for p in KIND_BY_PREFIX if code.startswith(p)), key=len, default=None)
    return KIND_BY_PREFIX[best] if best else None


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


@dataclass(frozen=True)
class Occupation:
    code: str
    title: str


def check_elements(onet: Path) -> None:
    """Fail loudly if the element IDs above no longer name the descriptors we mean."""
    names = {
        r["Element ID"]: r["Element Name"] for r in read_tsv(onet / "Content Model Reference.txt")
    }
    for element, name in {**SKILL_ELEMENTS, **STYLE_ELEMENTS}.items():
        if names.get(element) != name:
            raise SystemExit(f"element {element} is {names.get(element)!r}, expected {name!r}")


def soc_parents(soc_csv: Path) -> dict[str, list[str]]:
    """Detailed SOC code -> [broad, minor, major] group codes, from the file order."""
    parents: dict[str, list[str]] = {}
    current: dict[str, str] = {}
    with soc_csv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            group, code = row["soc_group"], row["soc_code"]
            if group in ("Major", "Minor", "Broad"):
                current[group] = code
                if group == "Major":
                    current.pop("Minor", None)
                    current.pop("Broad", None)
                elif group == "Minor":
                    current.pop("Broad", None)
            elif group == "Detailed":
                parents[code] = [current.get(g, "") for g in ("Broad", "Minor", "Major")]
    return parents


def group_chain(code: str, parents: Mapping[str, list[str]]) -> list[str]:
    """Group keys from narrowest to widest: detailed SOC, broad, minor, major, everything."""
    detailed = code[:7]
    chain = parents.get(detailed) or [code[:6], code[:5], code[:2]]
    return ["D" + detailed, *("G" + c for c in chain if c), "ALL"]


def rating_signals(onet: Path) -> dict[str, dict[str, float]]:
    """Occupation -> importance (IM, 1-5) of the four rated signals."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for name in ("Skills.txt", "Work Styles.txt"):
        for row in read_tsv(onet / name):
            signal = _SIGNAL_OF_ELEMENT.get(row["Element ID"])
            if signal and row["Scale ID"] == "IM":
                out[row["O*NET-SOC Code"]][signal] = float(row["Data Value"])
    return out


def task_dwas(onet: Path) -> dict[str, dict[str, list[str]]]:
    """Occupation -> task ID -> DWA IDs linked to it."""
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in read_tsv(onet / "Tasks to DWAs.txt"):
        out[row["O*NET-SOC Code"]][row["Task ID"]].append(row["DWA ID"])
    return out


def people_share(links: Mapping[str, list[str]], people: set[str]) -> float:
    """Share of an occupation's DWA-linked tasks with at least one people-serving DWA."""
    return sum(any(d in people for d in dwas) for dwas in links.values()) / len(links)


_LEVEL = {"D": "same detailed SOC", "G": "SOC group", "A": "all occupations"}


def impute(
    raw: dict[str, dict[str, float]], codes: list[str], parents: Mapping[str, list[str]]
) -> tuple[dict[str, dict[str, float]], Counter[str]]:
    """Fill each missing signal with the mean of the nearest SOC group that has it.

    Groups are tried narrowest first: the other O*NET occupations of the same detailed SOC
    code, then the SOC broad group, minor group and major group, and finally all occupations
    (only the military 55- group has no rated occupation at all). Own signals are never
    replaced, so e.g. Software Developers (no Skills/Work Styles rows in 29.3) keep their own
    DWA share and take the four rating signals from the broad group 15-1250.
    """
    sums: dict[tuple[str, str], list[float]] = defaultdict(list)
    for code in codes:
        for key in group_chain(code, parents):
            for signal, value in raw.get(code, {}).items():
                sums[key, signal].append(value)
    filled: dict[str, dict[str, float]] = {}
    how: Counter[str] = Counter()
    for code in codes:
        values = dict(raw.get(code, {}))
        for signal in SIGNALS:
            if signal in values:
                continue
            for key in group_chain(code, parents):
                if sums.get((key, signal)):
                    values[signal] = fmean(sums[key, signal])
                    how[f"{signal} from {_LEVEL[key[0]]}"] += 1
                    break
        filled[code] = values
    return filled, how


def contact_scores(filled: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """Min-max normalise each signal across occupations; weighted mean per SIGNAL_WEIGHTS.

    The people-DWA share is square-rooted first: it is very skewed (median 0.05, max 0.93), so
    plain min-max would squeeze every ordinary service job into the bottom fifth of its range.
    """
    scaled: dict[str, float] = defaultdict(float)
    for signal in SIGNALS:
        values = {code: v[signal] for code, v in filled.items()}
        if signal == "people_dwa_share":
            values = {code: math.sqrt(x) for code, x in values.items()}
        low, high = min(values.values()), max(values.values())
        for code, x in values.items():
            scaled[code] += SIGNAL_WEIGHTS[signal] * (x - low) / (high - low)
    total = sum(SIGNAL_WEIGHTS.values())
    return {code: round(x / total, 3) for code, x in scaled.items()}


_WORD = re.compile(r"[a-z0-9]+")


def _words(title: str) -> list[str]:
    return _WORD.findall(re.sub(r"\(.*?\)", " ", title.lower()))


# Alternate-title source codes whose titles read like current job-ad titles ("Warehouse
# Associate", "Bookkeeper", "Customer Service Agent"); the others (04, 06, 08) also carry many
# older Dictionary-of-Occupational-Titles-style names. Judged by eye on samples, so only a nudge.
_CURRENT_SOURCES = frozenset({"01", "02", "03", "07", "09", "10"})


def alternate_title_weight(sources: str) -> float:
    """1 per listing source, 2 for a source in _CURRENT_SOURCES ("04,10" -> 3)."""
    codes = [c.strip() for c in sources.split(",") if c.strip()]
    return float(sum(2 if c in _CURRENT_SOURCES else 1 for c in codes))


def rank_titles(
    main: str,
    alternates: Iterable[tuple[str, float]],
    reported: Iterable[tuple[str, bool]],
    modern: frozenset[str],
) -> list[tuple[str, float]]:
    """Up to MAX_TITLES distinct titles, most common and shortest first.

    Commonness: +3 for a reported title shown in My Next Move, +2 for another reported title,
    the alternate title's source weight (see `alternate_title_weight`), + how typical its words
    are for the occupation (the mean share of the occupation's titles that contain each word)
    + the share of its words that incumbents use in at least five Sample of Reported Titles
    (`modern`). Ties: fewer words, then shorter. Checked by eye on big lists: Bookkeeper,
    Warehouse Associate and Retail Associate make the cut; "Poultry Offal Icer" does not.
    """
    score: dict[str, float] = defaultdict(float)
    spelling: dict[str, str] = {}
    for title, weight in alternates:
        spelling.setdefault(title.lower(), title)
        score[title.lower()] += weight
    for title, shown in reported:
        spelling.setdefault(title.lower(), title)
        score[title.lower()] += 3 if shown else 2
    score.pop(main.lower(), None)
    df: Counter[str] = Counter()
    for key in score:
        df.update(set(_words(key)))
    n = max(len(score), 1)
    for key in score:
        words = _words(key) or [""]
        score[key] += fmean(df[w] / n for w in words)
        score[key] += fmean(w in modern for w in words)

    def order(key: str) -> tuple[float, int, int, str]:
        return (-round(score[key], 6), len(_words(key)), len(key), key)

    return [(spelling[k], round(score[k], 1)) for k in sorted(score, key=order)[:MAX_TITLES]]


def rank_activities(
    links: Mapping[str, list[str]],
    core: set[str],
    dwa_title: Mapping[str, str],
    spread: Counter[str],
) -> list[str]:
    """Up to MAX_ACTIVITIES DWA titles: most core tasks, most tasks, then most specific."""
    n_core: Counter[str] = Counter()
    n_all: Counter[str] = Counter()
    for task, dwas in links.items():
        for dwa in set(dwas):
            n_all[dwa] += 1
            n_core[dwa] += task in core
    ranked = sorted(n_all, key=lambda d: (-n_core[d], -n_all[d], spread[d], d))
    return [dwa_title[d] for d in ranked[:MAX_ACTIVITIES]]


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


_PAREN = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class OccupationRow:
    """One occupation as shipped in onet_occupations.json.gz."""

    code: str
    title: str
    contact: float
    kind_hint: str | None
    titles: tuple[str, ...]
    title_scores: tuple[float, ...]
    activities: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "title": self.title,
            "contact": self.contact,
            "kind_hint": self.kind_hint,
            "titles": list(self.titles),
            "title_scores": list(self.title_scores),
            "activities": list(self.activities),
        }


@dataclass(frozen=True)
class Derived:
    """Everything the script writes or reports."""

    occupations: tuple[OccupationRow, ...]
    weak: tuple[dict[str, object], ...]
    high: float
    low: float
    signals: Mapping[str, Mapping[str, float]]
    notes: tuple[str, ...]


def weak_entries(
    occupations: Sequence[OccupationRow],
    tasks: Mapping[str, list[str]],
    share: Mapping[str, float],
    high: float,
    low: float,
) -> list[dict[str, object]]:
    """Two pseudo entries per occupation with a clear contact signal (seeded, deterministic).

    `share` holds the occupation's own people-DWA share (absent when it has no DWA links);
    occupations with fewer than three task statements are skipped.
    """
    rng = random.Random(SEED)
    out: list[dict[str, object]] = []
    for occ in occupations:
        if occ.code not in share or len(tasks.get(occ.code, [])) < BULLETS_PER_ENTRY:
            continue
        facing = occ.contact >= high and share[occ.code] >= CLEAR_SHARE
        if not facing and not (occ.contact <= low and share[occ.code] <= CLEAR_SHARE):
            continue
        titles = {_PAREN.sub("", t).strip() for t in occ.titles}
        pool = sorted(t for t in titles if t and len(t.split()) <= 5) or [occ.title]
        picked = rng.sample(pool, min(ENTRIES_PER_OCCUPATION, len(pool)))
        while len(picked) < ENTRIES_PER_OCCUPATION:
            picked.append(rng.choice(pool))
        for title in picked:
            out.append(
                {
                    "id": f"onet-{len(out) + 1:04d}",
                    "group": f"onet-{occ.code}",
                    "title": title,
                    "organization": None,
                    "section": "work",
                    "employment_type": "paid",
                    "bullets": rng.sample(tasks[occ.code], BULLETS_PER_ENTRY),
                    "cs": "facing" if facing else "none",
                    "kind": (occ.kind_hint or "other_facing") if facing else None,
                    "weak": True,
                    "contact": occ.contact,
                }
            )
    return out


def build(shared: Path) -> Derived:
    onet = shared / "data" / "onet"
    check_elements(onet)
    parents = soc_parents(shared / "data" / "soc" / "soc_2018_definitions.csv")
    occs = [
        Occupation(r["O*NET-SOC Code"], r["Title"]) for r in read_tsv(onet / "Occupation Data.txt")
    ]
    codes = [o.code for o in occs]

    dwa_title = {r["DWA ID"]: r["DWA Title"] for r in read_tsv(onet / "DWA Reference.txt")}
    people = {d for d, t in dwa_title.items() if _PEOPLE_DWA.search(t)}
    links = task_dwas(onet)
    spread: Counter[str] = Counter()
    for per_task in links.values():
        spread.update({d for dwas in per_task.values() for d in dwas})

    raw = rating_signals(onet)
    own_share = {code: people_share(per_task, people) for code, per_task in links.items()}
    for code, value in own_share.items():
        raw[code]["people_dwa_share"] = value
    filled, how = impute(raw, codes, parents)
    contact = contact_scores(filled)

    alternates: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for r in read_tsv(onet / "Alternate Titles.txt"):
        weight = alternate_title_weight(r["Source(s)"])
        alternates[r["O*NET-SOC Code"]].append((r["Alternate Title"], weight))
        short = r["Short Title"].strip()
        if short and short.lower() != "n/a":
            alternates[r["O*NET-SOC Code"]].append((short, 1.0))
    reported: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for r in read_tsv(onet / "Sample of Reported Titles.txt"):
        shown = r["Shown in My Next Move"] == "Y"
        reported[r["O*NET-SOC Code"]].append((r["Reported Job Title"], shown))
    used = Counter(w for titles in reported.values() for t, _ in titles for w in set(_words(t)))
    modern = frozenset(w for w, n in used.items() if n >= 5)

    tasks: dict[str, list[str]] = defaultdict(list)
    core: set[str] = set()
    for r in read_tsv(onet / "Task Statements.txt"):
        tasks[r["O*NET-SOC Code"]].append(r["Task"])
        if r["Task Type"] == "Core":
            core.add(r["Task ID"])

    rows: list[OccupationRow] = []
    for o in occs:
        ranked = rank_titles(o.title, alternates[o.code], reported[o.code], modern)
        rows.append(
            OccupationRow(
                code=o.code,
                title=o.title,
                contact=contact[o.code],
                kind_hint=kind_hint(o.code),
                titles=tuple(t for t, _ in ranked),
                title_scores=tuple(s for _, s in ranked),
                activities=tuple(rank_activities(links.get(o.code, {}), core, dwa_title, spread)),
            )
        )
    values = list(contact.values())
    high, low = quantile(values, HIGH_QUANTILE), quantile(values, LOW_QUANTILE)
    rated = sum(1 for c in codes if "service_orientation" in raw.get(c, {}))
    notes = (
        f"occupations: {len(codes)}; with Skills/Work Styles ratings: {rated}; "
        f"with DWA-linked tasks: {len(links)}",
        f"people-serving DWAs: {len(people)} of {len(dwa_title)}",
        "imputed signals: " + ", ".join(f"{k}: {n}" for k, n in sorted(how.items())),
    )
    return Derived(
        occupations=tuple(rows),
        weak=tuple(weak_entries(rows, tasks, own_share, high, low)),
        high=high,
        low=low,
        signals=filled,
        notes=notes,
    )


def table_json(derived: Derived) -> dict[str, object]:
    return {
        "attribution": ONET_CREDIT,
        "source": SOURCE,
        "notes": NOTES,
        "occupations": [o.to_json() for o in derived.occupations],
    }


def gzip_json(payload: object) -> bytes:
    """Compact JSON, gzip with a zero timestamp and no file name, so reruns are byte-identical."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    return buffer.getvalue()


KNOWN = (
    "43-4051.00",  # Customer Service Representatives
    "41-2011.00",  # Cashiers
    "29-1141.00",  # Registered Nurses
    "25-2021.00",  # Elementary School Teachers
    "15-1252.00",  # Software Developers
    "35-2014.00",  # Cooks, Restaurant
    "53-7062.00",  # Laborers and Freight, Stock, and Material Movers, Hand
    "43-3031.00",  # Bookkeeping, Accounting, and Auditing Clerks
    "41-2031.00",  # Retail Salespersons
    "15-1232.00",  # Computer User Support Specialists
)


def report(derived: Derived) -> None:
    """Print the sanity tables: top and bottom 25 by contact and a few known occupations."""
    rows = sorted(derived.occupations, key=lambda o: (-o.contact, o.code))
    by_code = {o.code: o for o in rows}

    def line(o: OccupationRow) -> str:
        signals = " ".join(f"{derived.signals[o.code][s]:.2f}" for s in SIGNALS)
        return f"  {o.contact:.3f}  {o.code}  {o.title[:60]:60} [{o.kind_hint or '-'}]  {signals}"

    print("\n".join(derived.notes))
    print("columns: contact, code, title, kind_hint, then raw " + ", ".join(SIGNALS))
    print("top 25:")
    print("\n".join(line(o) for o in rows[:25]))
    print("bottom 25:")
    print("\n".join(line(o) for o in rows[-25:]))
    print("known:")
    print("\n".join(line(by_code[c]) for c in KNOWN))
    labels = Counter(str(w["cs"]) for w in derived.weak)
    print(f"cuts: facing >= {derived.high}, none <= {derived.low}; weak entries: {dict(labels)}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("cxscore/data"))
    parser.add_argument("--training", type=Path, default=Path("training_data"))
    args = parser.parse_args()
    derived = build(args.shared)
    args.out.mkdir(parents=True, exist_ok=True)
    args.training.mkdir(parents=True, exist_ok=True)
    target = args.out / "onet_occupations.json.gz"
    target.write_bytes(gzip_json(table_json(derived)))
    weak_path = args.training / "onet_weak.jsonl"
    lines = [json.dumps(w, ensure_ascii=False) for w in derived.weak]
    weak_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report(derived)
    print(f"wrote {target} ({target.stat().st_size / 1024:.0f} KiB)")
    print(f"wrote {weak_path} ({len(lines)} entries, {weak_path.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
