"""Speed figures for cxscore: PDF reading against bare pdfminer.six, and CLI cold start.

Run by `make bench`. Every figure is the median over several runs after one warm-up run
(the PDF and text readers are timed interleaved, file by file, so machine load hits them alike):

  a. seconds per PDF of `pdfminer.high_level.extract_text(path)` over a seeded corpus;
  b. seconds per PDF of `cxscore.reading.read_document(path)` over the same files;
  c. the ratio b / a (target ≤ 1.2);
  d. wall time of `cxscore --help` in a fresh process (target ≤ 0.3 s), and whether that
     imports sklearn, spacy or pdfminer;
  e. text résumés read per second (`read_document` on the same content as .txt), for info.

    .venv/bin/python scripts/bench.py [--n 40] [--runs 5] [--quick]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench_corpus import DEFAULT_FOLDER, make_corpus, text_twin
from rich import box
from rich.console import Console
from rich.table import Table

RATIO_TARGET = 1.2
COLD_START_TARGET_S = 0.3
COLD_START_MIN_RUNS = 7
WARMUP_FILES = 4
HEAVY_MODULES = ("sklearn", "spacy", "pdfminer")

# Runs `cxscore --help` in-process, then reports which heavy modules it imported.
_IMPORT_PROBE = f"""
import contextlib, io, sys
sys.argv = ["cxscore", "--help"]
from cxscore.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main()
    except SystemExit:
        pass
print("HEAVY:" + ",".join(m for m in {HEAVY_MODULES!r} if m in sys.modules))
"""


@dataclass(frozen=True)
class Row:
    """One line of the results table."""

    label: str
    value: str
    spread: str = ""
    target: str = ""
    passed: bool | None = None


# --- timing ---------------------------------------------------------------------------------


Reader = Callable[[Path], object]


def timed(read: Reader, path: Path) -> float:
    """Wall seconds of one call."""
    start = time.perf_counter()
    read(path)
    return time.perf_counter() - start


def time_readers(
    readers: dict[str, tuple[Reader, Sequence[Path]]], runs: int
) -> dict[str, list[float]]:
    """Mean seconds per file of each reader, for each of `runs` runs after one warm-up run.

    The readers' file lists are parallel (the same résumé at the same index). Within a run the
    readers take turns file by file, in alternating order, so load from elsewhere on a shared
    machine falls on all of them alike instead of on whichever happened to run then.

    The warm-up run reads only the first WARMUP_FILES files: enough to import everything and
    fill caches, without adding a whole untimed pass to the bench's running time.
    """
    names = list(readers)
    count = min(len(files) for _, files in readers.values())
    samples: dict[str, list[float]] = {name: [] for name in names}
    for run in range(runs + 1):  # run 0 is the warm-up
        totals = dict.fromkeys(names, 0.0)
        for index in range(count if run else min(count, WARMUP_FILES)):
            for name in names if (run + index) % 2 == 0 else reversed(names):
                read, files = readers[name]
                totals[name] += timed(read, files[index])
        if run:
            for name in names:
                samples[name].append(totals[name] / count)
    return samples


def cxscore_executable() -> Path:
    """The `cxscore` console script next to this interpreter (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / "cxscore"
    if beside.is_file():
        return beside
    found = shutil.which("cxscore")
    if found is None:
        sys.exit("bench: no cxscore console script found; run `make install` first")
    return Path(found)


def time_cold_start(runs: int) -> list[float]:
    """Wall seconds of `cxscore --help` in a new process: one warm-up, then `runs` runs."""
    command = [str(cxscore_executable()), "--help"]
    samples: list[float] = []
    for run in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if run:
            samples.append(time.perf_counter() - start)
    return samples


def heavy_imports_for_help() -> list[str]:
    """Which of HEAVY_MODULES a fresh `cxscore --help` imports."""
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE], check=True, capture_output=True, text=True
    )
    marker = [line for line in done.stdout.splitlines() if line.startswith("HEAVY:")]
    if not marker:
        sys.exit(f"bench: import probe gave no answer:\n{done.stderr[-2000:]}")
    return [name for name in marker[-1].removeprefix("HEAVY:").split(",") if name]


def slowest_help_imports(limit: int = 5) -> list[tuple[str, float]]:
    """Top-level packages with the largest cumulative import time during `cxscore --help`."""
    code = "import sys; sys.argv = ['cxscore', '--help']; from cxscore.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True
    )
    totals: dict[str, float] = {}
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        module = parts[2].removeprefix(" ").rstrip()
        if not module.startswith(" "):  # nested imports are indented under their importer
            totals[module] = int(parts[1]) / 1e6
    return sorted(totals.items(), key=lambda item: item[1], reverse=True)[:limit]


# --- reporting -------------------------------------------------------------------------------


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _spread(values: Sequence[float], unit: Callable[[float], str] = _ms) -> str:
    return f"{unit(min(values))} – {unit(max(values))}"


STRUCTURE_TARGET_MS = 5.0


def time_structure(paths: Sequence[Path], runs: int) -> list[float]:
    """Mean seconds per résumé of sections + entries + months on already-read documents."""
    from cxscore.pipeline import analyze_document
    from cxscore.reading import read_document

    documents = [read_document(path) for path in paths]
    analyze_document(documents[0])  # warm-up: word lists load once per process
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        for document in documents:
            analyze_document(document, as_of=(2026, 11))
        samples.append((time.perf_counter() - start) / len(documents))
    return samples


SKILLS_TARGET_MS = 20.0
CLASSIFY_TARGET_PER_S = 1000.0


def time_judgement(paths: Sequence[Path], runs: int) -> tuple[list[float], list[float]]:
    """Per résumé: phrases + skill mapping (s); and entries classified per second."""
    from cxscore.classifier import load_model
    from cxscore.pipeline import analyze_document, entry_input, entry_phrases
    from cxscore.reading import read_document
    from cxscore.skills import map_skills_many

    model, _ = load_model()
    reports = [analyze_document(read_document(p), as_of=(2026, 11)) for p in paths]
    inputs = [entry_input(e) for r in reports for e in r.entries]
    model.predict(inputs[:4])
    entry_phrases(reports[0].document.text, reports[0].entries[0])
    skills_times, rates = [], []
    for _ in range(runs):
        start = time.perf_counter()
        for report in reports:
            text = report.document.text
            for entry in report.entries:
                entry_phrases(text, entry)
            map_skills_many(
                model.skills,
                text,
                [entry.bullet_spans for entry in report.entries],
                [(None, 0.0)] * len(report.entries),
            )
        skills_times.append((time.perf_counter() - start) / len(reports))
        start = time.perf_counter()
        model.predict(inputs)
        rates.append(len(inputs) / (time.perf_counter() - start))
    return skills_times, rates


def build_rows(
    reads: dict[str, list[float]],
    cold: list[float],
    heavy: list[str],
    structure: list[float],
    judgement: tuple[list[float], list[float]],
) -> list[Row]:
    bare = statistics.median(reads["bare"])
    ours = statistics.median(reads["cxscore"])
    text = statistics.median(reads["text"])
    ratio = ours / bare
    paired = [b / a for a, b in zip(reads["bare"], reads["cxscore"], strict=True)]
    start = statistics.median(cold)
    return [
        Row("a. PDF read, bare pdfminer.six", f"{_ms(bare)}/PDF", _spread(reads["bare"])),
        Row("b. PDF read, cxscore read_document", f"{_ms(ours)}/PDF", _spread(reads["cxscore"])),
        Row(
            "c. ratio b / a",
            f"{ratio:.2f}",
            _spread(paired, lambda r: f"{r:.2f}") + " (per run)",
            f"≤ {RATIO_TARGET:g}",
            ratio <= RATIO_TARGET,
        ),
        Row(
            "d. cxscore --help cold start",
            f"{start:.3f} s",
            _spread(cold, lambda s: f"{s:.3f} s"),
            f"≤ {COLD_START_TARGET_S:g} s",
            start <= COLD_START_TARGET_S,
        ),
        Row(
            "   --help imports sklearn/spacy/pdfminer",
            ", ".join(heavy) or "none",
            "",
            "none",
            not heavy,
        ),
        Row(
            "e. text résumé read_document (info)",
            f"{1 / text:,.0f} files/s",
            _spread([1 / s for s in reads["text"]], lambda r: f"{r:,.0f}"),
        ),
        Row(
            "f. structure extraction per résumé",
            _ms(statistics.median(structure)),
            _spread(structure),
            f"≤ {STRUCTURE_TARGET_MS:g} ms",
            statistics.median(structure) * 1000 <= STRUCTURE_TARGET_MS,
        ),
        Row(
            "g. phrases + skills per résumé",
            _ms(statistics.median(judgement[0])),
            _spread(judgement[0]),
            f"≤ {SKILLS_TARGET_MS:g} ms",
            statistics.median(judgement[0]) * 1000 <= SKILLS_TARGET_MS,
        ),
        Row(
            "h. entries classified per second",
            f"{statistics.median(judgement[1]):,.0f}/s",
            _spread(judgement[1], lambda r: f"{r:,.0f}"),
            f"≥ {CLASSIFY_TARGET_PER_S:,.0f}/s",
            statistics.median(judgement[1]) >= CLASSIFY_TARGET_PER_S,
        ),
    ]


def render(rows: Sequence[Row], title: str, console: Console) -> None:
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    for column in ("Figure", "Median", "Range over runs", "Target", "Result"):
        table.add_column(column, no_wrap=True)
    for row in rows:
        result = "" if row.passed is None else ("PASS" if row.passed else "MISS")
        table.add_row(row.label, row.value, row.spread, row.target, result)
    console.print(table)


def machine() -> str:
    return (
        f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.platform()}"
    )


# --- main -------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40, help="corpus PDFs (default 40)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure (default 5)")
    parser.add_argument("--quick", action="store_true", help="n=8, runs=3: a fast smoke run")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER, help="corpus folder")
    args = parser.parse_args(argv)
    if args.quick:
        args.n, args.runs = 8, 3
    if args.n < 1 or args.runs < 1:
        parser.error("--n and --runs must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    console = Console(width=120, stderr=False)
    status = Console(stderr=True)
    began = time.perf_counter()
    status.print(f"corpus: {args.n} PDFs, seed {args.seed}, in {args.folder}")
    pdfs = make_corpus(args.folder, args.n, args.seed)
    texts = [text_twin(path) for path in pdfs]

    from pdfminer.high_level import extract_text

    from cxscore.reading import read_document

    status.print(f"timing reads: 1 warm-up + {args.runs} runs …")
    reads = time_readers(
        {
            "bare": (extract_text, pdfs),
            "cxscore": (read_document, pdfs),
            "text": (read_document, texts),
        },
        args.runs,
    )
    status.print("timing cxscore --help …")
    cold = time_cold_start(max(COLD_START_MIN_RUNS, args.runs))
    heavy = heavy_imports_for_help()
    status.print("timing structure extraction …")
    structure = time_structure(pdfs, args.runs)
    status.print("timing phrases, skills and classification …")
    judgement = time_judgement(pdfs, args.runs)
    rows = build_rows(reads, cold, heavy, structure, judgement)
    title = (
        f"cxscore bench: {args.n} two-page PDFs (seed {args.seed}), median of {args.runs} runs "
        f"after 1 warm-up; cold start median of {len(cold)}"
    )
    render(rows, title, console)
    if statistics.median(cold) > COLD_START_TARGET_S or heavy:
        slow = ", ".join(f"{name} {secs:.3f} s" for name, secs in slowest_help_imports())
        console.print(f"Slowest imports under --help: {slow}")
    console.print(f"Total bench time {time.perf_counter() - began:.0f} s")
    console.print(machine())
    return 0


if __name__ == "__main__":
    sys.exit(main())
