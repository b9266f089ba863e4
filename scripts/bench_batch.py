"""Speed and memory figures for `cxscore batch`, each against its target (PASS/MISS).

Run by `make bench`. Figures are medians over --runs runs (at least 3) after a warm-up:

  1. end-to-end seconds per PDF through `run_batch` on one warm worker process with the model
     loaded, divided by bare `pdfminer.high_level.extract_text` on the same PDFs (≤ 1.3);
  2. text résumés scored per second on one worker with the model loaded (≥ 100);
  3. the whole `cxscore batch --jobs 2` command over the PDF corpus: its rate against the
     single-core bare pdfminer rate of figure 1 (≥ 1.7×);
  4. speed-up of the whole command from --jobs 1 to --jobs 2 (≥ 1.8×);
  5. peak RSS (the command and all its worker processes, sampled with psutil) of a batch of
     10,000 small text résumés, and at a quarter, half and all of it (≤ 500 MB, not growing);
  6. `cxscore --help` cold start (≤ 0.3 s).

The corpus is generated with bench_corpus.make_corpus into .bench/batch/ and reused. The model
is the shipped one if present, else one trained from training_data/ into .bench/batch/model
(once; about a minute).

    .venv/bin/python scripts/bench_batch.py [--quick] [--runs 3] [--pdfs 400] [--texts 10000]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench import Row, _spread, render  # the same results table as the reading bench
from bench_corpus import (
    CITIES,
    COMPANY_A,
    COMPANY_B,
    FIRST,
    LAST,
    MONTHS,
    TITLES,
    _sentence,
    make_corpus,
    text_twin,
)
from rich.console import Console

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / ".bench" / "batch"
AS_OF = (2026, 11)

PDF_RATIO_TARGET = 1.3
TEXT_RATE_TARGET = 100.0
PARALLEL_RATE_TARGET = 1.7
SPEEDUP_TARGET = 1.8
RSS_TARGET_MB = 500.0
RSS_GROWTH_LIMIT = 0.10  # "not growing": at most 10 % more at the end than at half-way
COLD_START_TARGET_S = 0.3
COLD_START_RUNS = 7

# Runs the batch command where cli.py does not register it yet.
_SHIM = (
    "import sys, typer\nfrom cxscore.cli_batch import batch\n"
    "app = typer.Typer(add_completion=False)\napp.command()(batch)\napp(sys.argv[1:])\n"
)


# --- inputs --------------------------------------------------------------------------------


def bench_model(status: Console) -> Path:
    """The shipped model, else one trained (once) from training_data/ for the bench."""
    from cxscore.classifier import data_hash, default_model_dir, load_model
    from cxscore.errors import CxscoreError

    shipped = default_model_dir()
    if shipped.exists():
        return shipped
    folder = BENCH / "model"
    data = [ROOT / "training_data"]
    try:
        _, meta = load_model(folder)
        if meta.get("training_data_sha256") == data_hash(data):
            return folder
    except CxscoreError:
        pass
    from cxscore.training import train

    status.print(f"no shipped model: training one into {folder} (folds=0) …")
    train(data, folder, seed=0, folds=0)
    return folder


def small_texts(folder: Path, n: int) -> Path:
    """`n` short, distinct text résumés (a name, two or three jobs, education), reused."""
    stamp = folder / "done.json"
    if stamp.is_file() and json.loads(stamp.read_text("utf-8")) == {"n": n, "version": 1}:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for index in range(n):
        rng = random.Random(f"cxscore-bench-text:{index}")
        lines = [f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(CITIES), "", "EXPERIENCE"]
        year = 2025
        for _ in range(rng.randint(2, 3)):
            start = year - rng.randint(1, 4)
            lines += [
                "",
                rng.choice(TITLES),
                f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)}",
                f"{rng.choice(MONTHS)} {start} - {rng.choice(MONTHS)} {year}",
                *(f"- {_sentence(rng, 90)}" for _ in range(rng.randint(2, 3))),
            ]
            year = start - 1
        lines += ["", "EDUCATION", "", f"Community College, {year - 2}"]
        (folder / f"cv_{index:05d}.txt").write_text("\n".join(lines) + "\n", "utf-8")
    stamp.write_text(json.dumps({"n": n, "version": 1}), "utf-8")
    return folder


def batch_command() -> tuple[list[str], str]:
    """The `cxscore batch` command line prefix, and how it is run."""
    exe = Path(sys.executable).parent / "cxscore"
    if exe.is_file():
        probe = subprocess.run([str(exe), "batch", "--help"], capture_output=True, check=False)
        if probe.returncode == 0:
            return [str(exe), "batch"], "cxscore batch"
    return [sys.executable, "-c", _SHIM], "cxscore.cli_batch via a shim (not in cli.py yet)"


# --- measurements ---------------------------------------------------------------------------


class _Null(io.TextIOBase):
    def write(self, text: str) -> int:
        return len(text)


def run_in_process(files: Sequence[Path], model: Path, jobs: int = 1) -> float:
    """Wall seconds of run_batch over `files` (workers stay warm between calls)."""
    from cxscore.batch import run_batch

    start = time.perf_counter()
    summary = run_batch(files, _Null(), model_dir=model, jobs=jobs, as_of=AS_OF)
    elapsed = time.perf_counter() - start
    if summary.failed:
        sys.exit(f"bench: {summary.failed} files failed in the batch; fix them first")
    return elapsed


def time_pdf_ratio(pdfs: Sequence[Path], model: Path, runs: int) -> tuple[list[float], list[float]]:
    """Per-PDF seconds of bare pdfminer and of run_batch on one warm worker, per run."""
    from pdfminer.high_level import extract_text

    run_in_process(pdfs[:2], model)  # warm-up: worker started, model and word lists loaded
    extract_text(pdfs[0])
    bare, ours = [], []
    for run in range(runs):
        order = ("bare", "ours") if run % 2 == 0 else ("ours", "bare")
        for which in order:
            if which == "bare":
                start = time.perf_counter()
                for path in pdfs:
                    extract_text(path)
                bare.append((time.perf_counter() - start) / len(pdfs))
            else:
                ours.append(run_in_process(pdfs, model) / len(pdfs))
    return bare, ours


def time_command(
    prefix: Sequence[str], folder: Path, model: Path, jobs: int
) -> tuple[float, float]:
    """Wall and CPU seconds (all processes) of the whole batch command over a folder's PDFs."""
    import resource

    with tempfile.TemporaryDirectory() as tmp:
        command = [*prefix, str(folder), "--include", "*.pdf", "--jobs", str(jobs), "--quiet"]
        command += [
            "--model",
            str(model),
            "--out",
            str(Path(tmp) / "r.jsonl"),
            "--as-of",
            "2026-11",
        ]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"bench: batch command failed ({done.returncode}):\n{done.stderr[-2000:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, cpu


def measure_rss(
    prefix: Sequence[str], folder: Path, model: Path, n: int
) -> tuple[float, dict[int, float], float]:
    """Peak RSS (MB) of the command and its children, RSS at 1/4, 1/2 and all files, seconds."""
    import psutil

    checkpoints = [n // 4, n // 2, n]
    at: dict[int, float] = {}
    peak = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "r.jsonl"
        command = [*prefix, str(folder), "--jobs", "2", "--quiet", "--model", str(model)]
        command += ["--out", str(out), "--as-of", "2026-11"]
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        watched = psutil.Process(process.pid)
        offset = lines = 0
        while process.poll() is None:
            rss = _tree_rss(watched)
            peak = max(peak, rss)
            if out.exists():
                with out.open("rb") as handle:
                    handle.seek(offset)
                    chunk = handle.read()
                offset += len(chunk)
                lines += chunk.count(b"\n")
            for mark in checkpoints:
                if mark not in at and lines >= mark:
                    at[mark] = rss
            time.sleep(0.1)
        elapsed = time.perf_counter() - start
        stderr = process.stderr.read().decode() if process.stderr else ""
        if process.returncode != 0:
            sys.exit(f"bench: RSS batch failed ({process.returncode}):\n{stderr[-2000:]}")
    return peak, at, elapsed


def _tree_rss(process: object) -> float:
    import psutil

    assert isinstance(process, psutil.Process)
    total = 0
    try:
        family = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0.0
    for member in family:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total / 2**20


def time_cold_start(runs: int) -> list[float]:
    """Wall seconds of `cxscore --help` in a new process: one warm-up, then `runs` runs."""
    exe = Path(sys.executable).parent / "cxscore"
    command = [str(exe)] if exe.is_file() else [sys.executable, "-m", "cxscore"]
    samples = []
    for run in range(runs + 1):
        start = time.perf_counter()
        subprocess.run([*command, "--help"], check=True, capture_output=True)
        if run:
            samples.append(time.perf_counter() - start)
    return samples


# --- reporting ------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdfs", type=int, default=400, help="PDFs for figures 3–4 (400)")
    parser.add_argument("--sample", type=int, default=40, help="PDFs for figure 1 (40)")
    parser.add_argument("--texts", type=int, default=10_000, help="text files, figure 5")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per figure (≥ 3)")
    parser.add_argument("--quick", action="store_true", help="40 PDFs, 1,000 texts: a smoke run")
    args = parser.parse_args(argv)
    if args.quick:
        args.pdfs, args.sample, args.texts = 40, 10, 1_000
    if args.runs < 3:
        parser.error("--runs must be at least 3")
    args.sample = min(args.sample, args.pdfs)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    console = Console(width=160)
    status = Console(stderr=True)
    began = time.perf_counter()
    load_before = os.getloadavg()[0]
    model = bench_model(status)
    status.print(f"corpus: {args.pdfs} PDFs in {BENCH}/pdfs-{args.pdfs} …")
    pdf_folder = BENCH / f"pdfs-{args.pdfs}"
    pdfs = make_corpus(pdf_folder, args.pdfs, seed=0)
    step = max(1, len(pdfs) // args.sample)
    sample = pdfs[::step][: args.sample]
    twins = [text_twin(p) for p in sample]
    texts = small_texts(BENCH / f"texts-{args.texts}", args.texts)
    prefix, how = batch_command()

    status.print(f"1. {len(sample)} PDFs: bare pdfminer vs run_batch on one worker …")
    bare, ours = time_pdf_ratio(sample, model, args.runs)
    status.print(f"2. {len(twins)} text twins on one worker …")
    run_in_process(twins[:2], model)
    text_rates = [len(twins) / run_in_process(twins, model) for _ in range(args.runs)]
    status.print(f"3–4. whole command over {len(pdfs)} PDFs, --jobs 1 and 2 ({how}) …")
    time_command(prefix, pdf_folder, model, 2)  # warm-up: page cache, .pyc files
    one, two, cpu_two = [], [], []
    for run in range(args.runs):
        for jobs in (1, 2) if run % 2 == 0 else (2, 1):
            wall, cpu = time_command(prefix, pdf_folder, model, jobs)
            (one if jobs == 1 else two).append(wall)
            if jobs == 2:
                cpu_two.append(cpu)
    status.print(f"5. RSS over {args.texts:,} text résumés …")
    peak, at, rss_seconds = measure_rss(prefix, texts, model, args.texts)
    status.print("6. cxscore --help cold start …")
    cold = time_cold_start(COLD_START_RUNS)

    ratio = [b / a for a, b in zip(bare, ours, strict=True)]
    bare_rate = 1 / statistics.median(bare)
    parallel = [len(pdfs) / t / bare_rate for t in two]
    speedup = [a / b for a, b in zip(one, two, strict=True)]
    half, end = at.get(args.texts // 2), at.get(args.texts)
    growth = (end - half) / half if half and end else None
    rss_ok = peak <= RSS_TARGET_MB and growth is not None and growth <= RSS_GROWTH_LIMIT
    marks = ", ".join(f"{k:,}: {v:.0f} MB" for k, v in sorted(at.items()))
    rows = [
        Row(
            "1. per PDF, batch (1 warm worker) ÷ bare pdfminer",
            f"{statistics.median(ratio):.2f}",
            _spread(ratio, lambda r: f"{r:.2f}")
            + f" ({statistics.median(ours) * 1000:.0f} vs {statistics.median(bare) * 1000:.0f} ms)",
            f"≤ {PDF_RATIO_TARGET:g}",
            statistics.median(ratio) <= PDF_RATIO_TARGET,
        ),
        Row(
            "2. text résumés/s, one worker, model loaded",
            f"{statistics.median(text_rates):.1f}/s",
            _spread(text_rates, lambda r: f"{r:.1f}"),
            f"≥ {TEXT_RATE_TARGET:g}/s",
            statistics.median(text_rates) >= TEXT_RATE_TARGET,
        ),
        Row(
            f"3. {len(pdfs)} PDFs, --jobs 2 command ÷ 1-core pdfminer rate",
            f"{statistics.median(parallel):.2f}×",
            _spread(parallel, lambda r: f"{r:.2f}")
            + f" ({statistics.median(two):.1f} s wall, {statistics.median(cpu_two):.1f} s CPU)",
            f"≥ {PARALLEL_RATE_TARGET:g}×",
            statistics.median(parallel) >= PARALLEL_RATE_TARGET,
        ),
        Row(
            "4. speed-up --jobs 1 → 2 (whole command)",
            f"{statistics.median(speedup):.2f}×",
            _spread(speedup, lambda r: f"{r:.2f}") + f" ({statistics.median(one):.1f} s at 1)",
            f"≥ {SPEEDUP_TARGET:g}×",
            statistics.median(speedup) >= SPEEDUP_TARGET,
        ),
        Row(
            f"5. peak RSS, {args.texts:,} text résumés, --jobs 2",
            f"{peak:.0f} MB",
            f"{marks}; {rss_seconds:.0f} s (1 run)",
            f"≤ {RSS_TARGET_MB:g} MB, flat",
            rss_ok,
        ),
        Row(
            "6. cxscore --help cold start",
            f"{statistics.median(cold):.3f} s",
            _spread(cold, lambda s: f"{s:.3f}"),
            f"≤ {COLD_START_TARGET_S:g} s",
            statistics.median(cold) <= COLD_START_TARGET_S,
        ),
    ]
    title = (
        f"cxscore batch bench{' (--quick)' if args.quick else ''}: median of {args.runs} runs "
        f"after a warm-up; model {model.relative_to(ROOT) if model.is_relative_to(ROOT) else model}"
    )
    render(rows, title, console)
    console.print(
        f"Total bench time {time.perf_counter() - began:.0f} s. Machine: {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {platform.platform()}. Load average (1 min) "
        f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after: other work on the machine "
        "skews figures 3 and 4 most."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
