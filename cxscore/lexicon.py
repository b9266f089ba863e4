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
    secretary chair chairperson captain member student associate representative operative
    labourer colleague advisor adviser handler porter housekeeper auditor
    """.split()
)


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Lower-case head nouns of job titles ('clerk', 'nurse', 'volunteer')."""
    data = resources.files("cxscore").joinpath("data/title_head_words.json").read_text("utf-8")
    return frozenset(json.loads(data)["words"]) | _EXTRA_ROLE_WORDS


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English word forms from spacy-lookups-data's lemma tables (about 120k), lower case."""
    import gzip
    import json as _json

    folder = resources.files("spacy_lookups_data").joinpath("data")
    with gzip.open(str(folder.joinpath("en_lemma_lookup.json.gz"))) as handle:
        lookup: dict[str, str] = _json.load(handle)
    with gzip.open(str(folder.joinpath("en_lemma_index.json.gz"))) as handle:
        index: dict[str, list[str]] = _json.load(handle)
    words = set(lookup) | set(lookup.values())
    for forms in index.values():
        words.update(forms)
    return frozenset(w.lower() for w in words)


def repair_split_words(text: str) -> str:
    """Join words that PDF extraction split in two ("Records As sistant" → "Records
    Assistant") when the joined form is an English word and a part is not."""
    tokens = text.split(" ")
    if len(tokens) < 2:
        return text
    words = english_words()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if i + 1 < len(tokens) and token.isalpha() and tokens[i + 1].isalpha():
            joined = token + tokens[i + 1]
            parts_known = token.lower() in words and tokens[i + 1].lower() in words
            if joined.lower() in words and not parts_known and tokens[i + 1][:1].islower():
                out.append(joined)
                i += 2
                continue
        out.append(token)
        i += 1
    return " ".join(out)
