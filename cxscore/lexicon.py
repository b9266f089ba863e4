"""Word lists shipped with cxscore, loaded on first use."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

# Head nouns résumés use that O*NET's title lists rarely end in.
_EXTRA_ROLE_WORDS = frozenset(
    """
    aide ambassador barista bartender carer cashier crewmember freelancer intern lead leader
    lifeguard mentor moderator nanny organiser organizer owner paralegal rep admin ta ra
    trainee volunteer waiter waitress founder cofounder co-founder president treasurer
    secretary chair chairperson captain member student associate representative
    """.split()
)


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Lower-case head nouns of job titles ('clerk', 'nurse', 'volunteer')."""
    data = resources.files("cxscore").joinpath("data/title_head_words.json").read_text("utf-8")
    return frozenset(json.loads(data)["words"]) | _EXTRA_ROLE_WORDS
