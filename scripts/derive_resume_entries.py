"""Copy the labelled entries of the independent résumé dev sets into one training file.

The dev splits of `corpora/wild` (writer 1), `corpora/wild3` (writer 3) and `corpora/wild4`
(writer 4) label every experience entry of their résumés. Their writers label by the policy in
`training_data/README.md` but with their own wording and conventions, which the team files
lack. Cross-writer checks (train with two of these sets, predict the third) improved facing F1,
kind accuracy and calibration on each. Their test splits stay held out.

Run from the repository root::

    .venv/bin/python scripts/derive_resume_entries.py

The output (`training_data/resume_dev_entries.jsonl`) is deterministic; each résumé is one
`group`, so grouped cross-validation keeps a résumé on one side of every split.
"""

from __future__ import annotations

import json
from pathlib import Path

SOURCES = (
    ("wild", Path("corpora/wild/dev/gold.jsonl")),
    ("wild3", Path("corpora/wild3/dev/gold.jsonl")),
    ("wild4", Path("corpora/wild4/dev/gold.jsonl")),
)
OUT = Path("training_data/resume_dev_entries.jsonl")
FIELDS = ("title", "organization", "section", "employment_type", "bullets", "cs", "kind")


def main() -> None:
    lines: list[str] = []
    for corpus, path in SOURCES:
        for resume in map(json.loads, path.read_text("utf-8").splitlines()):
            for index, entry in enumerate(resume["entries"]):
                record = {
                    "id": f"{corpus}/{resume['file']}#{index}",
                    "group": f"{corpus}/{resume['file']}",
                    **{key: entry.get(key) for key in FIELDS},
                }
                record["bullets"] = record["bullets"] or []
                lines.append(json.dumps(record, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{OUT}: {len(lines)} entries")


if __name__ == "__main__":
    main()
