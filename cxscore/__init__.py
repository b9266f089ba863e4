"""cxscore: judge customer-service experience in résumés, offline."""

__version__ = "0.1.0"
