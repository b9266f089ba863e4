"""Copy the labelled entries of the independent résumé dev sets into training files.

The dev splits of `corpora/wild` (writer 1), `corpora/wild3` (writer 3) and `corpora/wild4`
(writer 4) label every experience entry of their résumés; so do the dev splits of `wild6` to
`wild19`, `wild21` to `wild23`, `wild24` to `wild40`, `wild41` to `wild51`, `wild52` to
`wild58`, `wild59` to `wild71`, `wild72` to `wild104` and `wild105` to `wild110` (a hundred and
four more writers). Their
writers label by the policy in `training_data/README.md` but with their own wording and
conventions, which the team files lack. Cross-writer checks (train with some of these sets,
predict the others) improved facing F1, kind accuracy and calibration.
Their test splits (wild, wild4) and the held-out wild5 stay out of training, and so do wild20
and the writers from wild125 on, kept as writers no model has seen.

Run from the repository root::

    .venv/bin/python scripts/derive_resume_entries.py

The outputs (`training_data/resume_dev_entries.jsonl` for the first three writers,
`resume_dev_entries_2.jsonl` for the next ten, `resume_dev_entries_3.jsonl` for wild16-wild19,
`resume_dev_entries_4.jsonl` for wild21-wild23, `resume_dev_entries_5.jsonl` for wild24-wild40,
`resume_dev_entries_6.jsonl` for wild41-wild51, `resume_dev_entries_7.jsonl` for wild52-wild58,
`resume_dev_entries_8.jsonl` for wild59-wild71, `resume_dev_entries_9.jsonl` for wild72-wild104,
`resume_dev_entries_10.jsonl` for wild105-wild110, `resume_dev_entries_11.jsonl` for
wild111-wild121, `resume_dev_entries_12.jsonl` for wild122-wild124)
are deterministic; each résumé is one `group`, so grouped cross-validation keeps a résumé on one
side of every split.
"""

from __future__ import annotations

import json
from pathlib import Path

OUTPUTS = {
    Path("training_data/resume_dev_entries.jsonl"): ("wild", "wild3", "wild4"),
    Path("training_data/resume_dev_entries_2.jsonl"): tuple(f"wild{n}" for n in range(6, 16)),
    Path("training_data/resume_dev_entries_3.jsonl"): tuple(f"wild{n}" for n in range(16, 20)),
    Path("training_data/resume_dev_entries_4.jsonl"): tuple(f"wild{n}" for n in range(21, 24)),
    Path("training_data/resume_dev_entries_5.jsonl"): tuple(f"wild{n}" for n in range(24, 41)),
    Path("training_data/resume_dev_entries_6.jsonl"): tuple(f"wild{n}" for n in range(41, 52)),
    Path("training_data/resume_dev_entries_7.jsonl"): tuple(f"wild{n}" for n in range(52, 59)),
    Path("training_data/resume_dev_entries_8.jsonl"): tuple(f"wild{n}" for n in range(59, 72)),
    Path("training_data/resume_dev_entries_9.jsonl"): tuple(f"wild{n}" for n in range(72, 105)),
    Path("training_data/resume_dev_entries_10.jsonl"): tuple(f"wild{n}" for n in range(105, 111)),
    Path("training_data/resume_dev_entries_11.jsonl"): tuple(f"wild{n}" for n in range(111, 122)),
    Path("training_data/resume_dev_entries_12.jsonl"): tuple(f"wild{n}" for n in range(122, 125)),
}
FIELDS = ("title", "organization", "section", "employment_type", "bullets", "cs", "kind")


def main() -> None:
    for out, corpora in OUTPUTS.items():
        lines = [
            json.dumps(record, ensure_ascii=False)
            for corpus in corpora
            for record in _records(corpus, Path(f"corpora/{corpus}/dev/gold.jsonl"))
        ]
        out.write_text("\n".join(lines) + "\n", "utf-8")
        print(f"{out}: {len(lines)} entries")


def _records(corpus: str, path: Path) -> list[dict[str, object]]:
    records = []
    for resume in map(json.loads, path.read_text("utf-8").splitlines()):
        for index, entry in enumerate(resume["entries"]):
            record = {
                "id": f"{corpus}/{resume['file']}#{index}",
                "group": f"{corpus}/{resume['file']}",
                **{key: entry.get(key) for key in FIELDS},
            }
            record["bullets"] = record["bullets"] or []
            records.append(record)
    return records


if __name__ == "__main__":
    main()
