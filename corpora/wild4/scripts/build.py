"""Render every résumé and gold file, then write README.md.  Usage: python build.py"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import lib  # noqa: E402
import dev_defs  # noqa: E402

ROOT = HERE.parent
splits = {"dev": dev_defs.RES}
try:
    import test_defs  # noqa: E402
    splits["test"] = test_defs.RES
except ImportError:
    pass

for name, res in splits.items():
    lib.build(res, ROOT / name)
    print(name, len(res), "files")

import readme  # noqa: E402
readme.write(ROOT, splits)
