"""The CLI frame: version, help, usage errors, and a help that stays light."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from cxscore import __version__
from cxscore.cli import app


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"cxscore {__version__}"


def test_help_lists_commands_with_examples() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "text" in result.stdout
    assert "Example:" in result.stdout
    sub = CliRunner().invoke(app, ["text", "--help"])
    assert "Example: cxscore text" in sub.stdout


def test_usage_error_exits_2() -> None:
    result = CliRunner().invoke(app, ["text", "--no-such-option", "x"])
    assert result.exit_code == 2


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys; sys.argv = ['cxscore', '--help']\n"
        "from cxscore.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('sklearn', 'spacy', 'pdfminer', 'docx', 'joblib') "
        "if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "HEAVY="
