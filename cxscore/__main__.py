"""Allow `python -m cxscore`."""

from cxscore.cli import main

main()
