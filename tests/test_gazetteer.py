"""The gazetteer files: every Wikidata link well formed and naming one actor only."""

import re
from collections import defaultdict

from geokg.ontology import read_table

QID = re.compile(r"Q[1-9][0-9]*")


def _rows(name: str) -> list[dict[str, str]]:
    return list(read_table(f"gazetteer/{name}.tsv"))


# Organisations whose Wikidata QID was verified; those added later (APEC, the Quad, ...) wait
# for a verified QID rather than a guessed one.
LINKED = {
    "UN", "UNSC", "UNGA", "NATO", "EU", "EC", "AU", "ASEAN", "G7", "G20", "IAEA", "OPEC", "WHO",
    "IMF", "WB", "BRICS", "ARL", "OAS", "OSCE", "SCO", "ICC", "ICJ", "WTO", "UNHCR", "UNICEF",
    "GCC", "ECOWAS", "AMNESTY", "HRW",
}  # fmt: skip


def test_every_country_and_the_main_organisations_link_to_wikidata():
    countries = _rows("countries")
    assert len(countries) >= 246
    assert [row["iso3"] for row in countries if not QID.fullmatch(row["wikidata"])] == []
    organisations = {row["key"]: row["wikidata"] for row in _rows("organisations")}
    assert sorted(key for key in LINKED if not QID.fullmatch(organisations[key])) == []


def test_country_codes_are_cameo_country_codes():
    for row in _rows("countries"):
        assert re.fullmatch(r"[A-Z]{3}", row["cameo"]), row["iso3"]
    cameo = {row["iso3"]: row["cameo"] for row in _rows("countries")}
    assert cameo["ROU"] == "ROU" and cameo["PRK"] == "PRK"  # not the pre-2002 ROM


def test_a_qid_names_one_actor():
    owners: dict[str, set[str]] = defaultdict(set)
    for row in _rows("countries"):
        owners[row["wikidata"]].add(f"country {row['iso3']}")
    for row in _rows("organisations"):
        owners[row["wikidata"]].add(f"organisation {row['key']}")
    for row in _rows("people"):
        owners[row["wikidata"]].add(f"person {row['name']}")
    owners.pop("", None)
    assert [qid for qid in owners if not QID.fullmatch(qid)] == []
    assert {qid: names for qid, names in owners.items() if len(names) > 1} == {}


def test_every_term_of_a_person_carries_the_same_qid():
    """A person's actor id is built from the QID, so two terms that disagree would split them."""
    qids: dict[str, set[str]] = defaultdict(set)
    for row in _rows("people"):
        qids[row["name"]].add(row["wikidata"])
    assert {name: found for name, found in qids.items() if len(found) > 1} == {}


def test_the_geonames_table_names_towns_and_provinces_once_and_no_generic_words():
    """ontology/gazetteer/geonames_places.tsv, converted by geokg.loaders.geonames."""
    from geokg.loaders.geonames import _country, plain

    places = {row["name"]: row["iso3"] for row in _rows("geonames_places")}
    assert len(places) > 100_000
    assert places["Paktika"] == "AFG" and places["Borno"] == "NGA"  # provinces (ISO 3166-2)
    assert places["Pokrovsk"] == "UKR"  # a town's own name beats another's former name
    assert places["Rafah"] == "PSE"  # the larger place of a shared name, twice as large
    assert not {"North", "Red Sea", "Police", "Punjab"} & set(places)  # generic, ambiguous
    assert plain("Paktīkā") == "Paktika" and plain("Ḩalab") == "Halab"
    assert _country({"PSE": 126_305, "EGY": 44_215}) == "PSE"
    assert _country({"GUY": 235_017, "MYS": 158_336}) is None


def test_every_country_has_a_continent_and_the_region_words_place_them():
    """ontology/gazetteer/country_regions.tsv (geokg.loaders.geonames) and
    loaders/data/region_words.tsv."""
    from geokg.loaders.gazetteer import load_gazetteer

    regions = {row["iso3"]: row for row in _rows("country_regions")}
    assert {row["iso3"] for row in _rows("countries")} <= set(regions)
    assert regions["AFG"]["neighbours"].split("|") == ["CHN", "IRN", "PAK", "TJK", "TKM", "UZB"]
    gazetteer = load_gazetteer()
    assert gazetteer.region("Gulf") == {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}
    assert {"JPN", "MDV", "LKA"} <= gazetteer.region("island") and "KOR" not in gazetteer.region(
        "island"
    )
    assert "HTI" in gazetteer.region("Caribbean") and "JPN" in gazetteer.region("Asian")
    assert gazetteer.region("war-torn") is None


def test_countries_have_their_capitals_coordinates():
    """ontology/gazetteer/country_coordinates.tsv (geokg.loaders.geonames), for the map's
    geographic layout: inhabited countries all placed, at their capitals."""
    places = {row["iso3"]: row for row in _rows("country_coordinates")}
    countries = {row["iso3"] for row in _rows("countries")}
    assert sorted(countries - set(places)) == ["ATA", "BVT", "HMD", "PLW", "TKL", "UMI"]
    paris, moscow = places["FRA"], places["RUS"]
    assert paris["capital"] == "Paris" and (paris["latitude"], paris["longitude"]) == (
        "48.85",
        "2.35",
    )
    assert moscow["capital"] == "Moscow" and float(moscow["longitude"]) > 37
    assert float(places["USA"]["longitude"]) < -76 and float(places["AUS"]["latitude"]) < -35
