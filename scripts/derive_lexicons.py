"""Derive small lexicons that ship in cxscore/data from the reference data in ../shared/data.

Run from the repository root: `python scripts/derive_lexicons.py [--shared ../shared]`. The
product never reads ../shared; it reads only the files this script writes and we commit.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter
from pathlib import Path

ONET_CREDIT = (
    "This product includes information from the O*NET 29.3 Database by the U.S. Department of "
    "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license. O*NET® is a trademark of USDOL/ETA. cxscore has modified all or some of this "
    "information. USDOL/ETA has not approved, endorsed, or tested these modifications."
)

# Head words that O*NET titles end in but that résumé lines use in other senses.
_GENERIC = frozenset(
    """
    other professional man hand person model reader counter monitor master former folder tier
    boiler heater anchor postsecondary md rn mate maker tender setter feeder layer hooker
    selector closer opener catcher marker changer charger filler liner buffer blower drier
    breaker receiver tracer dipper pusher stamper caster curer chopper sealer spreader turner
    roller presser bender splitter stripper dresser winder grader trimmer mixer cutter washer
    computer over rubber register artillery basic boy cap charge comic control crew deployed
    education extra gas general girl grip gyn health hop intelligence law machine maintenance
    medicine mining monkey off operations out page peace plastic police products qualified rat
    registered research school services staff surgery systems team training wood work
    osteopathy justice department
    """.split()
)


def title_head_words(onet: Path, min_count: int = 3) -> list[str]:
    """Last words of O*NET titles, alternate titles and reported titles ('clerk', 'nurse')."""
    counts: Counter[str] = Counter()
    sources = {
        "Alternate Titles.txt": "Alternate Title",
        "Sample of Reported Titles.txt": "Reported Job Title",
        "Occupation Data.txt": "Title",
    }
    for name, column in sources.items():
        with (onet / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                title = re.sub(r"\(.*?\)", " ", row[column])
                words = re.findall(r"[A-Za-z]+", title)
                if words:
                    counts[words[-1].lower()] += 1
    words = {w for w, n in counts.items() if n >= min_count and len(w) > 2}
    words = {w for w in words if not (w.endswith("s") and w[:-1] in words)}  # plurals
    return sorted(words - _GENERIC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("cxscore/data"))
    args = parser.parse_args()
    onet = args.shared / "data" / "onet"
    args.out.mkdir(parents=True, exist_ok=True)
    payload = {
        "description": "Head nouns of job titles (the last word of O*NET-SOC titles, "
        "alternate titles and reported titles used at least 3 times), minus generic words.",
        "source": "O*NET 29.3 Database: Occupation Data, Alternate Titles, Sample of Reported "
        "Titles; derived by scripts/derive_lexicons.py",
        "attribution": ONET_CREDIT,
        "words": title_head_words(onet),
    }
    target = args.out / "title_head_words.json"
    target.write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {target} ({len(payload['words'])} words)")


if __name__ == "__main__":
    main()
