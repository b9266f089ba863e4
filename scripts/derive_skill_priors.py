"""Derive per-occupation soft-skill priors from O*NET Skills and Work Styles importance.

Writes cxscore/data/onet_skill_priors.json.gz; run from the repository root:
`python scripts/derive_skill_priors.py [--shared ../shared]`. cxscore uses these priors only
for *inferred* skills (what an occupation usually demands), never as evidence.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from collections import defaultdict
from pathlib import Path

from derive_lexicons import ONET_CREDIT

# cxscore skill -> O*NET elements whose importance (IM, 1–5) suggests it.
ELEMENTS: dict[str, list[tuple[str, str]]] = {
    "communication": [("2.A.1.d", "Speaking")],
    "active_listening": [("2.A.1.b", "Active Listening")],
    "empathy": [("1.C.3.b", "Concern for Others"), ("2.B.1.a", "Social Perceptiveness")],
    "patience": [("1.C.4.a", "Self-Control")],
    "problem_solving": [("2.B.2.i", "Complex Problem Solving")],
    "conflict_resolution": [("2.B.1.d", "Negotiation"), ("1.C.4.a", "Self-Control")],
    "adaptability": [("1.C.4.c", "Adaptability/Flexibility")],
    "time_management": [("2.B.5.a", "Time Management")],
    "teamwork": [("1.C.3.a", "Cooperation"), ("2.B.1.b", "Coordination")],
    "stress_tolerance": [("1.C.4.b", "Stress Tolerance")],
    "relationship_building": [
        ("2.B.1.f", "Service Orientation"),
        ("1.C.3.c", "Social Orientation"),
    ],
    # cultural_awareness has no O*NET rating that stands for it: it is never inferred.
}


def importance(onet: Path) -> dict[str, dict[str, float]]:
    """Importance (scaled to 0–1) of every element per occupation, from Skills and Work Styles."""
    values: dict[str, dict[str, float]] = defaultdict(dict)
    for name in ("Skills.txt", "Work Styles.txt"):
        with (onet / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row["Scale ID"] == "IM":
                    values[row["O*NET-SOC Code"]][row["Element ID"]] = (
                        float(row["Data Value"]) - 1
                    ) / 4
    return values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("cxscore/data/onet_skill_priors.json.gz"))
    args = parser.parse_args()
    values = importance(args.shared / "data" / "onet")
    priors: dict[str, dict[str, float]] = {}
    for code, elements in sorted(values.items()):
        row = {}
        for skill, refs in ELEMENTS.items():
            found = [elements[e] for e, _ in refs if e in elements]
            if found:
                row[skill] = round(sum(found) / len(found), 3)
        if row:
            priors[code] = row
    payload = {
        "description": "Per-occupation soft-skill priors: mean O*NET importance (IM, scaled "
        "0–1) of the elements mapped to each cxscore skill.",
        "source": "O*NET 29.3 Skills.txt and Work Styles.txt; scripts/derive_skill_priors.py",
        "attribution": ONET_CREDIT,
        "elements": {k: [{"id": e, "name": n} for e, n in v] for k, v in ELEMENTS.items()},
        "priors": priors,
    }
    data = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
    args.out.write_bytes(gzip.compress(data, mtime=0))
    print(f"wrote {args.out} ({len(priors)} occupations, {args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
