"""Score many résumés in worker processes, one JSONL line per file, written as each finishes.

Files go to loky worker processes a few per task, a new task as soon as one finishes, or to a
Dask cluster in chunks. A file that raises, hangs past its timeout or kills its worker fails
alone, as an error line; the rest of the batch carries on. Results are appended and flushed
one line at a time, so memory stays flat and a run killed at any moment can be resumed:
finished files are skipped, nothing is written twice.

The model is loaded and checked on the workers (once per worker process), never in the parent,
which stays small and quick to start.

Timeouts: a loky worker runs each task in its main thread, so a SIGALRM timer covers the whole
file. Dask runs tasks in worker threads, where signals cannot interrupt them; there only the
readers' own time budget (checked between pages) applies.

Test hooks, for the test suite only: `CXSCORE_TEST_CRASH_ON=<substring>` makes the worker scoring
a file whose name contains it exit abruptly (as a segfault would), `CXSCORE_TEST_HANG_ON=<sub>`
makes it hang until its timeout. They are read in the parent and travel with each task.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fnmatch
import hashlib
import json
import os
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from cxscore.document import ReadLimits
from cxscore.errors import CxscoreError, InputNotFoundError, TimeBudgetError

if TYPE_CHECKING:
    from cxscore.inference import CompiledModel
    from cxscore.pipeline import ResumeReport

SUPPORTED_SUFFIXES = frozenset(
    {".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm", ".rtf", ".odt"}
)
CHUNK_PER_WORKER = 32  # Dask: files per worker in one chunk; a crash re-runs one chunk alone
GROUP_MAX = 4  # loky: files per task (fewer round trips); a crash re-runs one group alone
IN_FLIGHT_PER_WORKER = 2  # loky: tasks queued per worker, so none waits between tasks
DEFAULT_TIMEOUT_S = 60.0
NO_MODEL = "none"
CRASH_HOOK = "CXSCORE_TEST_CRASH_ON"
HANG_HOOK = "CXSCORE_TEST_HANG_ON"
WORKER_CRASHED = "worker crashed"


class BatchError(CxscoreError):
    """A batch could not run at all: no inputs, an unwritable output, a missing backend."""


class Backend(StrEnum):
    """Where the workers run."""

    LOKY = "loky"
    DASK = "dask"


class _Writer(Protocol):
    def write(self, text: str, /) -> int: ...

    def flush(self) -> None: ...


@dataclass(frozen=True)
class ModelChoice:
    """The judging model of a batch: its folder and meta hash, or none (structure only)."""

    folder: Path | None
    sha256: str = NO_MODEL
    looked_in: Path | None = None  # where the default model was looked for


@dataclass(frozen=True)
class Inputs:
    """The files a batch will score, and folders that could not be listed."""

    files: tuple[str, ...]
    problems: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ScoreSettings:
    """What a worker needs to score one file (pickled with every task, so kept small)."""

    model_dir: str | None
    model_sha256: str
    as_of: tuple[int, int]
    min_cs_months: int
    limits: ReadLimits
    timeout_s: float
    crash_on: str | None = None
    hang_on: str | None = None


@dataclass(frozen=True)
class FileResult:
    """The outcome of one file: its JSONL line and, for a failure, the error."""

    source: str
    sha256: str | None
    line: str = field(repr=False)
    error_type: str | None = None
    error_message: str | None = None

    @property
    def ok(self) -> bool:
        return self.error_type is None


@dataclass(frozen=True)
class BatchPlan:
    """What a batch is about to do, once its model is loaded and its results file read."""

    to_score: int
    skipped: int
    model: ModelChoice


@dataclass(frozen=True)
class BatchSummary:
    """Counts and time of a finished batch (`skipped`: already in the results, on resume)."""

    scored: int
    failed: int
    skipped: int
    elapsed_s: float
    model: ModelChoice

    @property
    def rate(self) -> float:
        """Files (scored or failed) per second."""
        done = self.scored + self.failed
        return done / self.elapsed_s if self.elapsed_s > 0 else 0.0


# --- the model ----------------------------------------------------------------------------------


def default_model_folder() -> Path:
    """`classifier.default_model_dir()`, without importing scikit-learn into this process."""
    env = os.environ.get("CXSCORE_MODEL")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "models" / "default"


@dataclass(frozen=True)
class _ModelCheck:
    """A worker's answer to 'load this model': its hash, or the error that stopped it."""

    sha256: str
    error: tuple[str, str] | None = None


def load_worker_model(folder: str) -> _ModelCheck:
    """Load and check a model in a worker, keeping it for the files that follow.

    The parent asks a worker rather than loading the model itself: the check costs nothing
    extra (the worker needs the model anyway) and scikit-learn stays out of the parent. The
    worker keeps the model's compiled form (cxscore.inference), read from the cache when an
    earlier process compiled it, so it does not import scikit-learn either.
    """
    from cxscore.classifier import read_meta
    from cxscore.inference import compiled_for

    try:
        files = _file_signature(Path(folder))
        with _MODEL_LOCK:
            checked = _CHECKED.get((folder, files)) if files else None
            if checked and (folder, checked) in _MODELS:  # a warm worker, files untouched
                return _ModelCheck(checked)
        sha = str(read_meta(Path(folder)).get("model_sha256") or NO_MODEL)
        with _MODEL_LOCK:
            if (folder, sha) in _MODELS:  # a warm worker from an earlier batch
                _remember_check(folder, files, sha)
                return _ModelCheck(sha)
        model = compiled_for(Path(folder), sha)
    except CxscoreError as exc:
        return _ModelCheck(NO_MODEL, (type(exc).__name__, exc.message))
    except Exception as exc:  # an unpickling failure is a broken model too
        return _ModelCheck(NO_MODEL, (type(exc).__name__, _where(exc)))
    with _MODEL_LOCK:
        _MODELS.clear()
        _MODELS[(folder, sha)] = model
        _remember_check(folder, files, sha)
    return _ModelCheck(sha)


# One model per worker process, loaded by its first task and kept for the rest.
_MODELS: dict[tuple[str, str], CompiledModel] = {}
_MODEL_LOCK = threading.Lock()
# The model folder last checked by this worker: hashing its 8 MB model file again for every
# batch is skipped while neither file in it has been replaced or written since.
_CHECKED: dict[tuple[str, tuple[int, ...]], str] = {}


def _file_signature(folder: Path) -> tuple[int, ...] | None:
    """Size, inode and change times of a model folder's files (None if one is missing)."""
    from cxscore.classifier import META_FILE, MODEL_FILE

    try:
        stats = [os.stat(folder / name) for name in (META_FILE, MODEL_FILE)]
    except OSError:
        return None
    return tuple(
        n for s in stats for n in (s.st_size, s.st_ino, s.st_dev, s.st_mtime_ns, s.st_ctime_ns)
    )


def _remember_check(folder: str, files: tuple[int, ...] | None, sha: str) -> None:
    _CHECKED.clear()
    if files:
        _CHECKED[(folder, files)] = sha


def _worker_model(settings: ScoreSettings) -> CompiledModel | None:
    if settings.model_dir is None:
        return None
    key = (settings.model_dir, settings.model_sha256)
    with _MODEL_LOCK:
        model = _MODELS.get(key)
    if model is None:
        check = load_worker_model(settings.model_dir)
        if check.error or check.sha256 != settings.model_sha256:
            from cxscore.classifier import ModelError

            raise ModelError("the model changed or broke while the batch ran", settings.model_dir)
        model = _MODELS[key]
    return model


def _choose_model(
    folder: Path | None, run: Runner, crashes: tuple[type[BaseException], ...]
) -> ModelChoice:
    """The named model, else the default one if it exists (else none), checked on a worker."""
    target = folder or default_model_folder()
    if folder is None and not target.exists():
        return ModelChoice(None, looked_in=target)
    try:
        (check,) = list(run([(load_worker_model, (str(target),))]))
    except crashes:
        check = _ModelCheck(NO_MODEL, ("WorkerCrashed", "a worker crashed loading the model"))
    if check.error is not None:
        from cxscore.classifier import ModelError

        raise ModelError(check.error[1], str(target))
    return ModelChoice(target, check.sha256)


def printable(text: str) -> str:
    """`text` with undecodable file-name bytes (lone surrogates) shown as U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return text


# --- finding files ------------------------------------------------------------------------------


def find_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    recursive: bool = False,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
) -> Inputs:
    """The files to score: files named as given (any extension), and supported files in folders.

    In folders, `include` globs (matched on the name or the path below the folder) replace the
    supported-extension test; `exclude` globs drop files and prune folders everywhere. Hidden
    entries and Office lock files are skipped, symlinked folders are followed once (loops are
    cut), and sub-folders are entered only with `recursive`.
    """
    files: dict[str, None] = {}
    problems: list[tuple[str, str]] = []
    for given in paths:
        root = os.fspath(given)
        if _matches(exclude, os.path.basename(os.path.normpath(root)), root):
            continue
        if os.path.isdir(root):
            for path in _walk(root, recursive, include, exclude, problems):
                files.setdefault(path)
        else:
            files.setdefault(root)
    return Inputs(tuple(files), tuple(problems))


def _walk(
    root: str,
    recursive: bool,
    include: Sequence[str],
    exclude: Sequence[str],
    problems: list[tuple[str, str]],
) -> Iterator[str]:
    seen: set[tuple[int, int]] = set()
    stack = [(root, "")]
    while stack:
        folder, relative = stack.pop()
        try:
            info = os.stat(folder)
            if (info.st_dev, info.st_ino) in seen:
                continue  # a symlink loop, or a folder reached twice
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            problems.append((folder, f"cannot list folder ({exc.strerror or exc})"))
            continue
        subfolders = []
        for entry in entries:
            name = entry.name
            below = f"{relative}/{name}" if relative else name
            if name.startswith((".", "~$")) or _matches(exclude, name, below):
                continue
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
                dangling = entry.is_symlink() and not is_dir and not is_file
            except OSError:
                is_dir = is_file = False
                dangling = True
            if is_dir:
                if recursive:
                    subfolders.append((entry.path, below))
            elif (is_file or dangling) and _wanted(name, below, include):
                yield entry.path  # a dangling link is reported, not skipped; a FIFO is skipped
        stack.extend(reversed(subfolders))


def _matches(globs: Sequence[str], name: str, relative: str) -> bool:
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(relative, g) for g in globs)


def _wanted(name: str, relative: str, include: Sequence[str]) -> bool:
    if include:
        return _matches(include, name, relative)
    return os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES


# --- scoring one file (runs in a worker) --------------------------------------------------------


def file_sha256(path: str) -> str | None:
    """Hex SHA-256 of a file's content, or None if it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def score_file(source: str, settings: ScoreSettings) -> FileResult:
    """Score one file into its JSONL line; any failure becomes an error line, never a raise."""
    from cxscore.pipeline import analyze

    digest = None
    try:
        model = _worker_model(settings)
        with _file_deadline(settings.timeout_s):
            digest = file_sha256(source)
            _test_hooks(source, settings)
            report = analyze(
                source,
                as_of=settings.as_of,
                limits=settings.limits,
                model=model,
                min_cs_months=settings.min_cs_months,
            )
            return _report_line(source, digest, report, settings)
    except Exception as exc:  # per-file isolation: a bug fails this file, not the batch
        return _failed(source, digest, exc)


def _report_line(
    source: str, digest: str | None, report: ResumeReport, settings: ScoreSettings
) -> FileResult:
    """The JSONL line of a scored file: its report with the content hash and model hash."""
    from cxscore.report import report_dict

    record = report_dict(report)
    record["sha256"] = digest
    record["model"] = settings.model_sha256
    return FileResult(source, digest, json_line(record))


def _failed(source: str, digest: str | None, exc: Exception) -> FileResult:
    """The error line of a file whose scoring raised: cxscore's own errors give their
    message, anything else (a bug) says where it happened."""
    message = exc.message if isinstance(exc, CxscoreError) else _where(exc)
    return failure(source, digest, type(exc).__name__, message)


def score_files(sources: Sequence[str], settings: ScoreSettings) -> list[FileResult]:
    """`score_file` for a few files in one task, with the same results.

    Each file is read and structured under its own deadline, then the files' entries are
    judged in one go (`pipeline.judge_reports`): the classifiers' and the occupation index's
    fixed cost per call is paid once per task instead of once per file. If that joint step
    fails or runs out of time, each file is judged alone, so the culprit fails alone.
    """
    if len(sources) < 2 or settings.model_dir is None:
        return [score_file(source, settings) for source in sources]
    from cxscore.pipeline import analyze, judge_reports

    results: list[FileResult | None] = []
    read: list[tuple[int, str, str | None, ResumeReport, float]] = []  # index, source, digest…
    model: CompiledModel | None = None
    for source in sources:
        digest = None
        began = time.monotonic()
        try:
            model = _worker_model(settings)
            with _file_deadline(settings.timeout_s):
                digest = file_sha256(source)
                _test_hooks(source, settings)
                report = analyze(source, as_of=settings.as_of, limits=settings.limits)
        except Exception as exc:  # per-file isolation, as in score_file
            results.append(_failed(source, digest, exc))
            continue
        read.append((len(results), source, digest, report, began))
        results.append(None)
    if read and model is not None:
        judged: list[ResumeReport] | None = None
        try:
            with _file_deadline(min(_time_left(settings, r[4]) for r in read)):
                judged = judge_reports([r[3] for r in read], model, settings.min_cs_months)
        except Exception:
            judged = None  # judged again file by file below, errors and all
        for number, (index, source, digest, report, began) in enumerate(read):
            results[index] = _judged_file(
                source, digest, report, settings, model, judged[number] if judged else None, began
            )
    return [result for result in results if result is not None]


def _time_left(settings: ScoreSettings, began: float) -> float:
    """What remains of a file's time budget (0: no limit; never 0 once the budget is spent)."""
    if settings.timeout_s <= 0:
        return 0.0
    return max(settings.timeout_s - (time.monotonic() - began), 0.01)


def _judged_file(
    source: str,
    digest: str | None,
    report: ResumeReport,
    settings: ScoreSettings,
    model: CompiledModel,
    judged: ResumeReport | None,
    began: float,
) -> FileResult:
    """The JSONL line of a structured file, judging it alone unless `judged` is given."""
    from cxscore.pipeline import judge_reports

    try:
        with _file_deadline(_time_left(settings, began)):
            if judged is None:
                (judged,) = judge_reports([report], model, settings.min_cs_months)
            return _report_line(source, digest, judged, settings)
    except Exception as exc:  # per-file isolation: a bug fails this file, not the batch
        return _failed(source, digest, exc)


def failure(source: str, digest: str | None, kind: str, message: str) -> FileResult:
    """The error line of a file that could not be scored."""
    line = json_line(
        {"source": source, "sha256": digest, "error": {"type": kind, "message": message}}
    )
    return FileResult(source, digest, line, kind, message)


def json_line(record: dict[str, Any]) -> str:
    """One JSON line; ASCII-escaped only if it holds undecodable file-name bytes."""
    # A record is a tree of fresh dicts and lists (report_dict), so no cycle check is needed.
    line = json.dumps(record, ensure_ascii=False, check_circular=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record, check_circular=False)
    return line


def _where(exc: Exception) -> str:
    """Where an unexpected error arose; its message is left out, as it may quote the résumé."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return f"unexpected {type(exc).__name__}"
    last = frames[-1]
    return f"unexpected {type(exc).__name__} in {Path(last.filename).name}:{last.lineno}"


@contextlib.contextmanager
def _file_deadline(seconds: float) -> Iterator[None]:
    """Interrupt the file after `seconds` with SIGALRM, when on a main thread with the timer
    free; elsewhere (Dask threads) the readers' own time budget is the limit."""
    usable = (
        seconds > 0
        and hasattr(signal, "SIGALRM")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise TimeBudgetError(f"scoring took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    # Repeats every second, in case library code swallows the first interruption.
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:  # restored even if an alarm lands here; a pending one is then ignored
            signal.signal(signal.SIGALRM, previous)


def _test_hooks(source: str, settings: ScoreSettings) -> None:
    """Test hooks (see the module docstring): crash or hang on chosen file names."""
    name = os.path.basename(source)
    if settings.crash_on and settings.crash_on in name:
        os._exit(1)
    if settings.hang_on and settings.hang_on in name:
        # Sleeps like a stuck reader; SIGALRM ends it. Without SIGALRM it stands in for the
        # readers' own budget and gives up a little after the timeout.
        end = time.monotonic() + settings.timeout_s + 2
        while time.monotonic() < end:
            time.sleep(0.05)
        raise TimeBudgetError("hung past the timeout (no SIGALRM in this worker)")


# --- resuming -----------------------------------------------------------------------------------


def drop_partial_line(path: Path) -> None:
    """Cut a file after its last newline (a line half-written when a run was killed)."""
    with path.open("r+b") as handle:
        end = handle.seek(0, os.SEEK_END)
        position = end
        while position > 0:
            start = max(0, position - 65536)
            handle.seek(start)
            block = handle.read(position - start)
            newline = block.rfind(b"\n")
            if newline >= 0:
                if start + newline + 1 < end:
                    handle.truncate(start + newline + 1)
                return
            position = start
        handle.truncate(0)


def _prepare_resume(path: Path, wanted: set[str], model_sha: str) -> set[str]:
    """Sources in `path` already scored with this content and model (to skip).

    Lines for files that will be scored again (failed, changed, other model), repeated or
    unreadable lines are removed, so every file ends up in the results exactly once.
    """
    drop_partial_line(path)
    latest: dict[str, tuple[int, Any, Any, bool]] = {}
    drop: set[int] = set()
    with path.open("rb") as handle:
        for number, raw in enumerate(handle):
            try:
                item = json.loads(raw)
                source = item["source"]
                if not isinstance(source, str):
                    raise TypeError
            except (ValueError, TypeError, KeyError):
                drop.add(number)
                continue
            if source in latest:
                drop.add(latest[source][0])
            latest[source] = (number, item.get("sha256"), item.get("model"), "error" not in item)
    done: set[str] = set()
    for source, (number, sha, model, ok) in latest.items():
        if source not in wanted:
            continue  # another run's file: kept as it is
        if ok and model == model_sha and sha is not None and sha == file_sha256(source):
            done.add(source)
        else:
            drop.add(number)
    if drop:
        _rewrite_without(path, drop)
    return done


def _rewrite_without(path: Path, drop: set[int]) -> None:
    temporary = path.with_name(path.name + ".resume-tmp")
    with path.open("rb") as source, temporary.open("wb") as target:
        for number, raw in enumerate(source):
            if number not in drop:
                target.write(raw)
    os.replace(temporary, path)


# --- running ------------------------------------------------------------------------------------


def run_batch(
    paths: Sequence[str | os.PathLike[str]],
    out: Path | _Writer,
    *,
    model_dir: Path | None = None,
    recursive: bool = False,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    jobs: int | None = None,
    backend: Backend = Backend.LOKY,
    scheduler: str | None = None,
    as_of: tuple[int, int] | None = None,
    min_cs_months: int = 12,
    limits: ReadLimits | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    resume: bool = False,
    on_start: Callable[[BatchPlan], None] | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> BatchSummary:
    """Score every input file, appending one JSONL line per file to `out` as each finishes.

    `out` is a path or an open text stream; `resume` (paths only) keeps lines already there
    for unchanged files scored by the same model. The model is `model_dir`, else the default
    one if it exists, else none (structure only). `on_start` and `on_result` report progress.
    Raises `BatchError` when the batch cannot run, `ModelError` for a broken model.
    """
    from cxscore.pipeline import current_month

    started = time.perf_counter()
    inputs = find_inputs(paths, recursive=recursive, include=include, exclude=exclude)
    if not inputs.files:
        hint = f" ({inputs.problems[0][0]}: {inputs.problems[0][1]})" if inputs.problems else ""
        raise BatchError(f"no résumé files found{hint}", "batch")
    if resume and not isinstance(out, Path):
        raise BatchError("--resume needs a results file", "batch")
    limits = limits or ReadLimits()
    if timeout_s > 0:  # where SIGALRM is unavailable, the reader's budget is the timeout
        limits = dataclasses.replace(limits, time_budget_s=min(limits.time_budget_s, timeout_s))
    counts = {"scored": 0, "failed": 0}
    with _workers(backend, jobs, scheduler) as (workers, run, crashes, executor):
        model = _choose_model(model_dir, run, crashes)
        settings = ScoreSettings(
            model_dir=str(model.folder) if model.folder else None,
            model_sha256=model.sha256,
            as_of=as_of or current_month(),
            min_cs_months=min_cs_months,
            limits=limits,
            timeout_s=timeout_s,
            crash_on=os.environ.get(CRASH_HOOK) or None,
            hang_on=os.environ.get(HANG_HOOK) or None,
        )
        with _open_results(out, inputs, model.sha256, resume) as (stream, done):
            todo = [f for f in inputs.files if f not in done]
            if on_start:
                on_start(BatchPlan(len(todo) + len(inputs.problems), len(done), model))

            def emit(result: FileResult) -> None:
                try:
                    stream.write(result.line + "\n")
                    stream.flush()
                except OSError as exc:
                    message = f"cannot write results ({exc.strerror or exc})"
                    raise BatchError(message, "batch") from None
                counts["scored" if result.ok else "failed"] += 1
                if on_result:
                    on_result(result)

            for folder, message in inputs.problems:
                emit(failure(folder, None, InputNotFoundError.__name__, message))
            if executor is not None:
                _score_stream(todo, settings, workers, executor, run, crashes, emit)
            else:
                size = workers * CHUNK_PER_WORKER
                for start in range(0, len(todo), size):
                    _score_chunk(todo[start : start + size], settings, run, crashes, emit)
    elapsed = time.perf_counter() - started
    return BatchSummary(counts["scored"], counts["failed"], len(done), elapsed, model)


@contextlib.contextmanager
def _open_results(
    out: Path | _Writer, inputs: Inputs, model_sha: str, resume: bool
) -> Iterator[tuple[_Writer, set[str]]]:
    if not isinstance(out, Path):
        yield out, set()
        return
    done: set[str] = set()
    try:
        if resume and out.exists():
            wanted = set(inputs.files) | {folder for folder, _ in inputs.problems}
            done = _prepare_resume(out, wanted, model_sha)
        stream = out.open("a" if resume else "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise BatchError(f"cannot write results ({exc.strerror or exc})", str(out)) from None
    with stream:
        yield stream, done


# A runner calls functions on the workers and yields their results as they finish.
Call = tuple[Callable[..., Any], tuple[Any, ...]]
Runner = Callable[[Sequence[Call]], Iterable[Any]]


def _score_chunk(
    chunk: Sequence[str],
    settings: ScoreSettings,
    run: Runner,
    crashes: tuple[type[BaseException], ...],
    emit: Callable[[FileResult], None],
) -> None:
    """Score a chunk in parallel; if a worker dies, re-run its unfinished files one by one."""
    pending = dict.fromkeys(chunk)
    try:
        for result in run([(score_file, (path, settings)) for path in chunk]):
            pending.pop(result.source, None)
            emit(result)
    except crashes:
        for path in list(pending):
            try:
                (result,) = list(run([(score_file, (path, settings))]))
            except crashes:
                result = failure(path, file_sha256(path), "WorkerCrashed", WORKER_CRASHED)
            emit(result)


def _score_stream(
    files: Sequence[str],
    settings: ScoreSettings,
    workers: int,
    executor: Callable[[], Any],
    run: Runner,
    crashes: tuple[type[BaseException], ...],
    emit: Callable[[FileResult], None],
) -> None:
    """Score files on a process pool, a few per task, keeping every worker busy: a new task
    is queued as soon as one finishes (no barrier between chunks, no idle tail per chunk).

    If a worker dies, the pool breaks and every queued task fails with it; the files of those
    tasks are then re-run one by one (the one that kills a worker fails alone) and the rest
    carry on in a fresh pool.
    """
    from collections import deque
    from concurrent.futures import FIRST_COMPLETED, wait

    size = max(1, min(GROUP_MAX, len(files) // (workers * 8)))
    # With several workers the last files go one per task: a worker then never idles at the
    # end of the batch while another still works through a whole group.
    tail = workers * IN_FLIGHT_PER_WORKER * size if workers > 1 else 0
    body = max(0, len(files) - tail)
    waiting = deque(files[i : min(i + size, body)] for i in range(0, body, size))
    waiting.extend([path] for path in files[body:])
    running: dict[Any, Sequence[str]] = {}

    def collect(done: Iterable[Any]) -> list[Sequence[str]]:
        """Emit the results of finished tasks; the file groups of crashed ones."""
        broken: list[Sequence[str]] = []
        for future in done:
            group = running.pop(future)
            try:
                results = future.result()
            except crashes:
                broken.append(group)
                continue
            for result in results:
                emit(result)
        return broken

    pool = executor()
    while waiting or running:
        while waiting and len(running) < workers * IN_FLIGHT_PER_WORKER:
            group = waiting.popleft()
            try:
                running[pool.submit(score_files, group, settings)] = group
            except crashes:  # the pool broke since the last look: its running tasks tell
                waiting.appendleft(group)  # which files were hit; this group never ran
                break
        if not running:
            pool = executor()
            continue
        broken = collect(wait(running, return_when=FIRST_COMPLETED).done)
        if broken:
            # The whole pool went down: its other tasks fail too, some may have finished.
            broken += collect(wait(running).done)
            for path in (path for group in broken for path in group):
                try:
                    (result,) = list(run([(score_file, (path, settings))]))
                except crashes:
                    result = failure(path, file_sha256(path), "WorkerCrashed", WORKER_CRASHED)
                emit(result)
            pool = executor()


def _run_joblib(calls: Sequence[Call]) -> Iterable[Any]:
    """On the workers `joblib.parallel_config` names, results in completion order."""
    from joblib import Parallel, delayed

    return Parallel(return_as="generator_unordered")(delayed(f)(*args) for f, args in calls)


def _loky_pool(workers: int) -> Any:
    """joblib's reusable loky process pool (a fresh one if the last one broke)."""
    from joblib.executor import get_memmapping_executor

    return get_memmapping_executor(workers)


def _run_on_pool(workers: int) -> Runner:
    """A runner on the loky pool: results in submission order."""

    def run(calls: Sequence[Call]) -> Iterator[Any]:
        pool = _loky_pool(workers)
        futures = [pool.submit(f, *args) for f, args in calls]
        for future in futures:
            yield future.result()

    return run


@contextlib.contextmanager
def _workers(
    backend: Backend, jobs: int | None, scheduler: str | None
) -> Iterator[tuple[int, Runner, tuple[type[BaseException], ...], Callable[[], Any] | None]]:
    """Set up the backend; yield its worker count, a runner, its 'worker died' errors and,
    for loky, a function giving the process pool (tasks are then streamed to it)."""
    from concurrent.futures.process import BrokenProcessPool

    import joblib

    if backend is Backend.LOKY:
        workers = jobs or joblib.cpu_count()
        yield (
            workers,
            _run_on_pool(workers),
            (BrokenProcessPool,),
            lambda: _loky_pool(workers),
        )
        return
    try:
        from distributed import Client, KilledWorker, LocalCluster
    except ImportError:
        raise BatchError("dask is not installed; install cxscore[dask]", "--backend dask") from None
    import logging

    with contextlib.ExitStack() as stack:
        try:
            if scheduler:
                client = stack.enter_context(Client(scheduler, timeout="10s"))
            else:
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=jobs or 2,
                        threads_per_worker=1,
                        processes=True,
                        host="127.0.0.1",
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                )
                client = stack.enter_context(Client(cluster))
        except (OSError, TimeoutError) as exc:
            where = scheduler or "local cluster"
            raise BatchError(f"cannot start Dask ({exc})", where) from None
        workers = max(1, sum(client.nthreads().values()))
        with joblib.parallel_config(backend="dask", n_jobs=-1):
            yield workers, _run_joblib, (BrokenProcessPool, KilledWorker), None
