"""Batch scoring: folders walked once, one line per file, failures isolated, resumable, CSVs."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner, Result

from builders import pdf_bytes
from cxscore.batch import (
    CRASH_HOOK,
    HANG_HOOK,
    Backend,
    BatchError,
    default_model_folder,
    drop_partial_line,
    find_inputs,
    run_batch,
)
from cxscore.cli_batch import batch
from cxscore.export import safe_cell, write_candidates_csv, write_experiences_csv

SUMMARY = re.compile(r"^\d+ scored, \d+ failed, elapsed [\d.]+ s, [\d.]+ résumés/s$", re.M)

app = typer.Typer(pretty_exceptions_show_locals=False)
app.command("batch")(batch)


@app.callback()
def _root() -> None:
    """Keeps `batch` a sub-command, as in the real CLI."""


@pytest.fixture(autouse=True)
def _no_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Structure only unless a test names a model, whatever is shipped in models/."""
    monkeypatch.setenv("CXSCORE_MODEL", str(tmp_path / "no-model"))
    monkeypatch.delenv(CRASH_HOOK, raising=False)
    monkeypatch.delenv(HANG_HOOK, raising=False)


def resume_text(name: str, title: str, start: int, end: int) -> str:
    return (
        f"{name}\n\nEXPERIENCE\n\n{title}\nHarbor Telecom, Austin, TX\n"
        f"Jan {start} - Dec {end}\n- Answered customer calls and resolved billing issues\n"
        "- Trained new agents\n\nEDUCATION\n\nAustin Community College, 2014\n"
    )


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(app, ["batch", "--jobs", "2", *map(str, args)])


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def by_source(path: Path) -> dict[str, dict[str, Any]]:
    records = lines(path)
    counts = Counter(r["source"] for r in records)
    assert max(counts.values()) == 1, f"duplicates: {[s for s, n in counts.items() if n > 1]}"
    return {r["source"]: r for r in records}


def text_folder(folder: Path, n: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"cv_{i:02d}.txt"
        path.write_text(resume_text(f"Person {i}", "Support Agent", 2010 + i % 8, 2020), "utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture
def mixed(tmp_path: Path) -> tuple[Path, set[str], set[str]]:
    """A folder of good and bad files; returns it, the good sources and the failing ones."""
    root = tmp_path / "in"
    (root / "nested" / "deeper").mkdir(parents=True)
    good = {
        root / "a.txt": resume_text("Ann Lee", "Customer Service Representative", 2018, 2021),
        root / "nested" / "b.md": "# Bo Chan\n\n## Experience\n\n### Cashier\nCorner Shop\n"
        "2019 - 2021\n\n- Served customers at the till\n",
        root / "nested" / "deeper" / "c.txt": resume_text("Cy Ode", "Barista", 2015, 2017),
        root / "ré sumé – ü 1.txt": resume_text("Dee Ray", "Front Desk Agent", 2020, 2022),
    }
    for path, text in good.items():
        path.write_text(text, "utf-8")
    pdf = root / "nested" / "real.pdf"
    pdf.write_bytes(
        pdf_bytes(
            [
                [
                    "Eve Stone",
                    "EXPERIENCE",
                    "Call Center Agent",
                    "Blue Harbor Bank, Denver, CO",
                    "Mar 2017 - Feb 2020",
                    "- Handled inbound customer calls",
                ]
            ]
        )
    )
    odd = os.fsdecode(os.fsencode(str(root)) + b"/caf\xe9.txt")  # not valid UTF-8
    Path(odd).write_text(resume_text("Flo Ng", "Host", 2016, 2018), "utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "nested" / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<\nbroken")
    (root / "notes.xyz").write_text("not a résumé format", "utf-8")  # skipped in folders
    (root / ".hidden.txt").write_text("hidden", "utf-8")
    (root / "nested" / "loop").symlink_to("..", target_is_directory=True)
    good_sources = {str(p) for p in good} | {str(pdf), odd}
    bad_sources = {str(root / "empty.txt"), str(root / "nested" / "corrupt.pdf")}
    return root, good_sources, bad_sources


# --- finding files ------------------------------------------------------------------------------


def test_find_inputs_walks_once_and_filters(mixed: tuple[Path, set[str], set[str]]) -> None:
    root, good, bad = mixed
    found = find_inputs([root], recursive=True)
    assert set(found.files) == good | bad
    assert len(found.files) == len(set(found.files))  # the symlink loop adds nothing
    top = find_inputs([root])
    assert {Path(p).parent for p in top.files} == {root}
    only_pdf = find_inputs([root], recursive=True, include=["*.pdf"])
    assert {Path(p).name for p in only_pdf.files} == {"real.pdf", "corrupt.pdf"}
    no_nested = find_inputs([root], recursive=True, exclude=["nested"])
    assert all("nested" not in p for p in no_nested.files)
    named = find_inputs([root / "notes.xyz", root / "a.txt", root / "a.txt"])
    assert named.files == (str(root / "notes.xyz"), str(root / "a.txt"))


def test_find_inputs_reports_dangling_links(tmp_path: Path) -> None:
    (tmp_path / "gone.pdf").symlink_to(tmp_path / "missing.pdf")
    assert find_inputs([tmp_path]).files == (str(tmp_path / "gone.pdf"),)


def test_unlistable_folder_is_a_failure_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = text_folder(tmp_path / "in", 1)
    locked = tmp_path / "in" / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if path == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert find_inputs([tmp_path / "in"], recursive=True).problems == (
        (str(locked), "cannot list folder (Permission denied)"),
    )
    out = tmp_path / "r.jsonl"
    summary = run_batch([tmp_path / "in"], out, recursive=True, jobs=2)
    assert (summary.scored, summary.failed) == (1, 1)
    records = by_source(out)
    assert set(records) == {*paths, str(locked)}
    assert records[str(locked)]["error"]["type"] == "InputNotFoundError"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_folder_and_file_are_failures(tmp_path: Path) -> None:
    text_folder(tmp_path / "ok", 1)
    locked = tmp_path / "locked"
    text_folder(locked, 1)
    secret = tmp_path / "ok" / "secret.txt"
    secret.write_text(resume_text("X", "Clerk", 2019, 2020), "utf-8")
    locked.chmod(0)
    secret.chmod(0)
    try:
        result = invoke(tmp_path, "-r", "--out", tmp_path / "r.jsonl")
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 3
    errors = {s: r["error"] for s, r in by_source(tmp_path / "r.jsonl").items() if "error" in r}
    assert set(errors) == {str(locked), str(secret)}


# --- the whole command --------------------------------------------------------------------------


def test_mixed_folder_one_line_per_file(
    mixed: tuple[Path, set[str], set[str]], tmp_path: Path
) -> None:
    root, good, bad = mixed
    out = tmp_path / "results.jsonl"
    result = invoke(root, "--recursive", "--out", out, "--as-of", "2026-11")
    assert result.exit_code == 3, result.output
    records = by_source(out)
    assert set(records) == good | bad
    for source in good:
        record = records[source]
        assert record["schema_version"] == 1
        assert record["model"] == "none"
        assert record["sha256"] == hashlib.sha256(Path(source).read_bytes()).hexdigest()
        assert "cs_months" not in record["summary"]  # structure only: no verdicts invented
    assert records[str(root / "nested" / "real.pdf")]["experiences"][0]["months"] == 36
    assert records[str(root / "empty.txt")]["error"]["type"] == "EmptyDocumentError"
    assert records[str(root / "nested" / "corrupt.pdf")]["error"]["type"] == (
        "CorruptDocumentError"
    )
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert sorted(errors) == sorted(f"Error: {s}: {records[s]['error']['message']}" for s in bad)
    assert SUMMARY.search(result.stderr)
    assert "6 scored, 2 failed" in result.stderr
    assert "Note: no model" in result.stderr


def test_explicit_file_of_any_extension_and_stdout(tmp_path: Path) -> None:
    odd = tmp_path / "cv.resume"
    odd.write_text(resume_text("Gil Ash", "Teller", 2012, 2016), "utf-8")
    result = invoke(odd, "--quiet")
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["source"] == str(odd) and record["format"] == "txt"


def test_cannot_run_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = invoke(tmp_path / "empty")
    assert result.exit_code == 1
    assert "Error: batch: no résumé files found" in result.stderr
    paths = text_folder(tmp_path / "in", 1)
    result = invoke(*paths, "--out", tmp_path / "no" / "such" / "dir.jsonl")
    assert result.exit_code == 1 and "Error: " in result.stderr
    broken = tmp_path / "model"
    broken.mkdir()
    (broken / "meta.json").write_text("{not json", "utf-8")
    result = invoke(*paths, "--model", broken)
    assert result.exit_code == 1
    assert f"Error: {broken}: meta.json is not valid JSON" in result.stderr
    assert invoke(*paths, "--resume").exit_code == 2  # usage: nothing to resume from


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_worker_crash_fails_only_that_file(
    jobs: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = text_folder(tmp_path / "in", 6)
    crasher = tmp_path / "in" / "crashme.txt"
    crasher.write_text(resume_text("Hal Ode", "Agent", 2011, 2013), "utf-8")
    monkeypatch.setenv(CRASH_HOOK, "crashme")
    out = tmp_path / "r.jsonl"
    result = invoke(tmp_path / "in", "--out", out, "--jobs", jobs)
    assert result.exit_code == 3, result.output
    records = by_source(out)
    assert set(records) == {*paths, str(crasher)}
    assert records[str(crasher)]["error"] == {"type": "WorkerCrashed", "message": "worker crashed"}
    assert records[str(crasher)]["sha256"] == hashlib.sha256(crasher.read_bytes()).hexdigest()
    assert all("error" not in records[p] for p in paths)
    assert f"Error: {crasher}: worker crashed" in result.stderr


def test_hanging_file_times_out_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = text_folder(tmp_path / "in", 4)
    hanger = tmp_path / "in" / "hangme.txt"
    hanger.write_text(resume_text("Ivy Lo", "Clerk", 2011, 2013), "utf-8")
    monkeypatch.setenv(HANG_HOOK, "hangme")
    out = tmp_path / "r.jsonl"
    started = time.monotonic()
    result = invoke(tmp_path / "in", "--out", out, "--timeout-per-file", "1")
    assert time.monotonic() - started < 20
    assert result.exit_code == 3, result.output
    records = by_source(out)
    assert records[str(hanger)]["error"] == {
        "type": "TimeBudgetError",
        "message": "scoring took longer than 1 s",  # SIGALRM, not the hook's own give-up
    }
    assert all("error" not in records[p] for p in paths)


# --- resuming -----------------------------------------------------------------------------------


def test_drop_partial_line(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    for content, kept in [
        (b'{"a": 1}\n{"b": 2}\n{"c', b'{"a": 1}\n{"b": 2}\n'),
        (b'{"a": 1}\n', b'{"a": 1}\n'),
        (b'{"torn', b""),
        (b"", b""),
    ]:
        path.write_bytes(content)
        drop_partial_line(path)
        assert path.read_bytes() == kept


def test_resume_after_simulated_kill(tmp_path: Path) -> None:
    paths = text_folder(tmp_path / "in", 10)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    full = tmp_path / "full.jsonl"
    assert invoke(tmp_path / "in", "--out", full).exit_code == 3
    complete = full.read_text("utf-8").splitlines(keepends=True)
    ok = [line for line in complete if '"error"' not in line]
    failed = [line for line in complete if '"error"' in line]
    # Killed after four results and halfway through the fifth, with the failure already written.
    killed = tmp_path / "killed.jsonl"
    killed.write_text("".join([*ok[:4], *failed, ok[4][: len(ok[4]) // 2]]), "utf-8")
    result = invoke(tmp_path / "in", "--out", killed, "--resume")
    assert result.exit_code == 3, result.output
    assert "Resumed: 4 already in" in result.stderr
    assert "6 scored, 1 failed" in result.stderr  # the failed file is tried again
    records = by_source(killed)
    assert set(records) == {*paths, str(tmp_path / "in" / "empty.txt")}
    assert killed.read_text("utf-8").startswith("".join(ok[:4]))  # kept, not re-scored
    assert by_source(killed) == by_source(full)
    # A file changed since its line was written is scored again, still once.
    Path(paths[0]).write_text(resume_text("New Name", "Cashier", 2001, 2003), "utf-8")
    result = invoke(tmp_path / "in", "--out", killed, "--resume", "--quiet")
    assert "1 scored, 1 failed" in result.stderr
    assert by_source(killed)[paths[0]]["experiences"][0]["start"] == "2001-01"


def test_resume_after_real_sigkill(tmp_path: Path) -> None:
    paths = text_folder(tmp_path / "in", 12)
    (tmp_path / "in" / "zz_hang.txt").write_text(resume_text("J K", "Clerk", 2010, 2011), "utf-8")
    out = tmp_path / "r.jsonl"
    script = (
        "import sys, typer\nfrom cxscore.cli_batch import batch\n"
        "app = typer.Typer()\napp.command()(batch)\napp(sys.argv[1:])\n"
    )
    env = {**os.environ, HANG_HOOK: "zz_hang"}
    args = [str(tmp_path / "in"), "--out", str(out), "--jobs", "2", "--timeout-per-file", "5"]
    with subprocess.Popen(
        [sys.executable, "-c", script, *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as process:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if out.exists() and out.read_bytes().count(b"\n") >= 6:
                break
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
    assert out.read_bytes().count(b"\n") < 13  # it really was stopped part-way
    result = invoke(tmp_path / "in", "--out", out, "--resume")
    assert result.exit_code == 0, result.output
    assert set(by_source(out)) == {*paths, str(tmp_path / "in" / "zz_hang.txt")}


# --- CSVs ---------------------------------------------------------------------------------------


def _record(source: str, cs_months: int | None, experiences: list[dict[str, Any]]) -> str:
    summary: dict[str, Any] = {"total_months": 50}
    if cs_months is not None:
        summary |= {"cs_months": cs_months, "meets_threshold": cs_months >= 12}
    return json.dumps({"source": source, "summary": summary, "experiences": experiences})


def _entry(title: str, months: int, kind: str | None, **extra: Any) -> dict[str, Any]:
    return {
        "title": title,
        "organization": "Org",
        "start": "2019-01",
        "end": "present",
        "months": months,
        "section": "work",
        "employment_type": "paid",
        "cs": "facing" if kind else "none",
        "cs_probability": 0.9 if kind else 0.1,
        "needs_review": False,
        "kind": kind,
        "occupation": {"code": "43-4051.00", "title": "Customer Service Representatives"},
        **extra,
    }


def test_csvs_rank_and_defuse_formulas(tmp_path: Path) -> None:
    results = tmp_path / "r.jsonl"
    rows = [
        _record("b.pdf", 24, [_entry("Agent", 24, "contact_center")]),
        _record("a.pdf", 24, [_entry("Clerk", 24, "in_person_service")]),
        _record("c.pdf", 3, []),  # replaced by its later line
        _record(
            "=evil.pdf",
            30,
            [
                _entry('=HYPERLINK("http://x")', 6, "in_person_service", needs_review=True),
                _entry("+1 Lead", 20, "contact_center", skills=[{"skill": "empathy"}]),
                _entry("-Cook", 4, "in_person_service", skills=[{"skill": "empathy"}, "@calm"]),
                _entry("\tTab", 9, None),
            ],
        ),
        json.dumps({"source": "bad.pdf", "sha256": None, "error": {"type": "X", "message": "m"}}),
        _record("c.pdf", 40, []),
        '{"source": "torn.pdf", "summ',
    ]
    results.write_text("\n".join(rows) + "\n", "utf-8")
    assert write_candidates_csv(results, tmp_path / "c.csv") == 5
    with (tmp_path / "c.csv").open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [r["path"] for r in table] == ["c.pdf", "'=evil.pdf", "a.pdf", "b.pdf", "bad.pdf"]
    evil = table[1]
    assert evil["cs_months"] == "30" and evil["meets_threshold"] == "yes"
    assert evil["top_kinds"] == "contact_center; in_person_service"
    assert evil["top_skills"] == "empathy; @calm"  # joined cell does not start with '@'
    assert evil["entries"] == "4" and evil["needs_review"] == "1"
    assert table[-1]["error"] == "X: m" and table[-1]["cs_months"] == ""

    assert write_experiences_csv(results, tmp_path / "e.csv", bom=True) == 6
    raw = (tmp_path / "e.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (tmp_path / "e.csv").open(encoding="utf-8-sig", newline="") as handle:
        experiences = list(csv.DictReader(handle))
    evil_rows = [r for r in experiences if r["path"] == "'=evil.pdf"]
    assert [r["title"] for r in evil_rows] == [
        '\'=HYPERLINK("http://x")',
        "'+1 Lead",
        "'-Cook",
        "'\tTab",
    ]
    assert [r["index"] for r in evil_rows] == ["1", "2", "3", "4"]
    assert evil_rows[2]["skills"] == "empathy; @calm"
    assert evil_rows[0]["occupation_code"] == "43-4051.00"
    assert [r["path"] for r in experiences][:1] == ["'=evil.pdf"]


def test_safe_cell() -> None:
    assert safe_cell(None) == ""
    assert safe_cell(True) == "yes"
    assert safe_cell(-3) == -3  # numbers stay numbers
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("\rx") == "'\rx"
    assert safe_cell("plain") == "plain"
    assert safe_cell("caf\udce9.pdf") == "caf\ufffd.pdf"


def test_csv_from_command_and_stdout(tmp_path: Path) -> None:
    text_folder(tmp_path / "in", 3)
    result = invoke(
        tmp_path / "in", "--csv", tmp_path / "c.csv", "--experiences-csv", tmp_path / "e.csv"
    )
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 3
    assert len((tmp_path / "c.csv").read_text("utf-8").splitlines()) == 4
    assert len((tmp_path / "e.csv").read_text("utf-8").splitlines()) == 4


def test_default_model_folder_matches_the_classifier(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from cxscore.classifier import default_model_dir

    assert default_model_folder() == default_model_dir() == tmp_path / "no-model"
    monkeypatch.delenv("CXSCORE_MODEL")
    assert default_model_folder() == default_model_dir()


# --- with a model -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cxscore.training import train

    folder = tmp_path_factory.mktemp("model")
    train([Path(__file__).parent / "data" / "tiny_train.jsonl"], folder, folds=0)
    return folder


def test_judgement_with_a_model(tiny_model: Path, tmp_path: Path) -> None:
    paths = text_folder(tmp_path / "in", 3)
    out = tmp_path / "r.jsonl"
    result = invoke(
        tmp_path / "in",
        "--model",
        tiny_model,
        "--out",
        out,
        "--csv",
        tmp_path / "c.csv",
        "--as-of",
        "2026-11",
        "--min-cs-months",
        "1",
    )
    assert result.exit_code == 0, result.output
    meta = json.loads((tiny_model / "meta.json").read_text("utf-8"))
    records = by_source(out)
    assert set(records) == set(paths)
    for record in records.values():
        assert record["model"] == meta["model_sha256"]
        assert record["summary"]["cs_threshold_months"] == 1
        assert {"cs", "cs_probability", "kind"} <= set(record["experiences"][0])
    with (tmp_path / "c.csv").open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    months = [int(r["cs_months"]) for r in table]
    assert months == sorted(months, reverse=True)
    # Resuming with another model scores everything again.
    result = invoke(tmp_path / "in", "--out", out, "--resume")
    assert "3 scored" in result.stderr and set(by_source(out)) == set(paths)
    assert {r["model"] for r in by_source(out).values()} == {"none"}


def test_model_loads_once_per_worker(
    tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cxscore.batch
    import cxscore.classifier
    from cxscore.batch import ScoreSettings, load_worker_model, score_file
    from cxscore.document import ReadLimits

    loads = []
    real_load = cxscore.classifier.load_model
    monkeypatch.setattr(
        cxscore.classifier, "load_model", lambda folder: loads.append(folder) or real_load(folder)
    )
    monkeypatch.setattr(cxscore.batch, "_MODELS", {})
    check = load_worker_model(str(tiny_model))  # what the parent asks a fresh worker first
    settings = ScoreSettings(str(tiny_model), check.sha256, (2026, 11), 12, ReadLimits(), 10.0)
    results = [score_file(path, settings) for path in text_folder(tmp_path / "in", 3)]
    assert all(r.ok for r in results) and len(loads) == 1
    assert load_worker_model(str(tiny_model)) == check and len(loads) == 1  # still warm


def test_warm_worker_rechecks_only_a_touched_model(
    tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    import cxscore.batch
    import cxscore.classifier
    from cxscore.batch import load_worker_model

    folder = tmp_path / "model"
    shutil.copytree(tiny_model, folder)
    hashed = []
    real_sha256 = cxscore.classifier._sha256
    monkeypatch.setattr(
        cxscore.classifier, "_sha256", lambda path: hashed.append(path) or real_sha256(path)
    )
    monkeypatch.setattr(cxscore.batch, "_MODELS", {})
    monkeypatch.setattr(cxscore.batch, "_CHECKED", {})
    check = load_worker_model(str(folder))
    first = len(hashed)
    assert load_worker_model(str(folder)) == check and len(hashed) == first  # files untouched
    with (folder / "model.joblib").open("ab") as handle:
        handle.write(b"tampered")
    assert load_worker_model(str(folder)).error is not None and len(hashed) == first + 1


def test_a_task_of_several_files_scores_each_as_alone(
    tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A task judges its files' entries together; every line equals the file's own, and a bad
    file or a failing joint step still fails only the file at fault."""
    import cxscore.pipeline
    from cxscore.batch import ScoreSettings, load_worker_model, score_file, score_files
    from cxscore.document import ReadLimits

    examples = Path(__file__).parent.parent / "examples"
    paths = sorted(str(p) for p in examples.iterdir() if p.name != "README.md")
    paths += text_folder(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    paths.insert(2, str(tmp_path / "in" / "empty.txt"))
    paths.insert(5, str(tmp_path / "in" / "missing.txt"))
    check = load_worker_model(str(tiny_model))
    settings = ScoreSettings(str(tiny_model), check.sha256, (2026, 11), 12, ReadLimits(), 30.0)
    alone = [score_file(path, settings) for path in paths]
    assert sum(not r.ok for r in alone) == 2
    assert score_files(paths, settings) == alone
    real = cxscore.pipeline.judge_reports

    def fails_jointly(reports: Any, *args: Any) -> Any:
        if len(reports) > 1:
            raise RuntimeError("joint step broke")
        return real(reports, *args)

    monkeypatch.setattr(cxscore.pipeline, "judge_reports", fails_jointly)
    assert score_files(paths, settings) == alone


# --- Dask ---------------------------------------------------------------------------------------


def test_dask_gives_the_same_results_as_loky(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    paths = text_folder(tmp_path / "in", 5)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    outs = {name: tmp_path / f"{name}.jsonl" for name in ("loky", "dask", "scheduler")}
    loky = run_batch([tmp_path / "in"], outs["loky"], jobs=2, as_of=(2026, 11))
    try:
        dask = run_batch([tmp_path / "in"], outs["dask"], backend=Backend.DASK, as_of=(2026, 11))
    except BatchError as exc:
        pytest.skip(f"no local Dask cluster here: {exc}")
    assert (loky.scored, loky.failed) == (dask.scored, dask.failed) == (len(paths), 1)
    assert by_source(outs["loky"]) == by_source(outs["dask"])
    # An existing cluster, named by its scheduler address.
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=1, threads_per_worker=2, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        run_batch(
            [tmp_path / "in"],
            outs["scheduler"],
            backend=Backend.DASK,
            scheduler=cluster.scheduler_address,
            as_of=(2026, 11),
        )
    assert by_source(outs["scheduler"]) == by_source(outs["loky"])


def test_dask_missing_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = text_folder(tmp_path / "in", 1)
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    result = invoke(*paths, "--backend", "dask")
    assert result.exit_code == 1
    assert "install cxscore[dask]" in result.stderr
