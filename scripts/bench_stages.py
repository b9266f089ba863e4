"""Where the time of one text résumé goes: each pipeline stage timed in process over the
batch bench's two-page text twins (model loaded, three passes; mean milliseconds per résumé).

Run: .venv/bin/python scripts/bench_stages.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).parent))

T = TypeVar("T")


def main() -> int:
    import bench_batch as bench
    from rich.console import Console

    from cxscore import batch
    from cxscore import pipeline as p
    from cxscore.classifier import read_meta
    from cxscore.document import ReadLimits
    from cxscore.feature_values import match_occupations
    from cxscore.reading import read_document
    from cxscore.sections import split_sections
    from cxscore.segmentation import segment_entries
    from cxscore.skills import map_skills_many

    model_dir = bench.bench_model(Console(stderr=True))
    pdfs = bench.make_corpus(bench.BENCH / "pdfs-40", 40, seed=0)
    twins = [str(bench.text_twin(pdf)) for pdf in pdfs]
    meta = read_meta(model_dir)
    settings = batch.ScoreSettings(
        str(model_dir), meta["model_sha256"], (2026, 12), 12, ReadLimits(), 60.0
    )
    model: Any = batch._worker_model(settings)
    batch.score_files(twins[:3], settings)  # warm caches
    spent: dict[str, float] = {}

    def timed(stage: str, work: Callable[..., T], *args: Any) -> T:
        began = time.perf_counter()
        result = work(*args)
        spent[stage] = spent.get(stage, 0.0) + time.perf_counter() - began
        return result

    def phrases(text: str, entries: Any) -> list[Any]:
        return [p.entry_phrases(text, e) for e in entries]

    passes = 3
    for _ in range(passes):
        for path in twins:
            doc = timed("reading", read_document, path)
            sections = timed("sections", split_sections, doc)
            entries = timed("entries", segment_entries, doc, sections, (2026, 12))
            inputs = [p.entry_input(e) for e in entries]
            found = tuple(timed("O*NET matching", match_occupations, inputs))
            timed("judgement", model.predict, inputs, found)
            hints = [(o.code, o.confidence) if o else (None, 0.0) for o in found]
            spans = [e.bullet_spans for e in entries]
            timed("skills", map_skills_many, model.skills, doc.text, spans, hints)
            timed("phrases", phrases, doc.text, entries)
    count = passes * len(twins)
    for stage, seconds in spent.items():
        print(f"{stage:16s} {seconds / count * 1000:6.2f} ms")
    print(f"{'total':16s} {sum(spent.values()) / count * 1000:6.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
