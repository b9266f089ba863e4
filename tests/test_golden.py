"""Golden text for every bundled example: what each reader extracts, checked line for line.

Regenerate on purpose with `CXSCORE_UPDATE_GOLDEN=1 pytest tests/test_golden.py`, then review
the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import EXAMPLES
from cxscore.reading import read_document

GOLDEN = Path(__file__).parent / "golden"
FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix != ".md" or p.name != "README.md")
EXPECTED_FORMAT = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".md": "md",
    ".html": "html",
    ".rtf": "rtf",
    ".odt": "odt",
}


def test_examples_cover_at_least_five_formats() -> None:
    assert len(FILES) >= 8
    assert len({p.suffix for p in FILES}) >= 5


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_example_text_matches_golden(path: Path) -> None:
    document = read_document(path)
    assert document.format.value == EXPECTED_FORMAT[path.suffix]
    rendered = "\f\n".join(document.page_texts()) + "\n"
    golden = GOLDEN / f"{path.name}.txt"
    if os.environ.get("CXSCORE_UPDATE_GOLDEN") == "1":
        golden.write_text(rendered, encoding="utf-8")
    assert golden.exists(), f"no golden file for {path.name}; see module docstring"
    assert rendered == golden.read_text(encoding="utf-8")


def test_two_column_example_reads_sidebar_then_main() -> None:
    text = read_document(EXAMPLES / "contact_centre_agent_two_column.pdf").text
    lines = text.split("\n")
    sidebar_end = lines.index("Root-cause analysis")
    assert lines.index("PROFILE") > sidebar_end
    main_start = lines.index("PROFILE")
    # The main column's paragraph is contiguous: no sidebar line sits inside it.
    assert lines[main_start + 1].startswith("Contact-centre professional")
    assert lines[main_start + 2].startswith("leading a team of 14")
    # The entry broken by the page break continues straight on, with no sidebar lines or
    # running head ("Name — page 2") in between.
    broken = lines.index("Set up new auto and renters policies over the phone and by e-mail")
    assert lines[broken + 1].startswith("Explained deductibles")
    assert not any("page 2" in line for line in lines)


def test_script_and_style_never_reach_the_text() -> None:
    text = read_document(EXAMPLES / "freelance_designer.html").text
    assert "champion of the year 2099" not in text
    assert "{" not in text
