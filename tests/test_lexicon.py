"""The predicate lexicon and the CAMEO table it points into."""

from collections import Counter

from geokg.loaders.lexicon import cameo_table, load_lexicon


def test_cameo_table_has_every_code_with_scores():
    table = cameo_table()
    assert len(table) == 312
    assert table["057"].goldstein == 8.0 and table["057"].plover == "SUPPORT"
    assert table["111"].quad_class == 3 and table["190"].quad_class == 4
    assert table["010"].plover is None  # root 01 has no PLOVER type
    assert {code.root for code in table.values()} == {f"{n:02d}" for n in range(1, 21)}


def test_lexicon_is_large_unique_and_covers_every_root():
    entries = [p for group in load_lexicon().values() for p in group]
    assert len(entries) >= 300
    keys = Counter(
        (p.lemma, p.pos, p.particle, tuple(sorted(p.objects)), tuple(sorted(p.preps)))
        for p in entries
    )
    assert [key for key, count in keys.items() if count > 1] == []
    assert {p.cameo[:2] for p in entries} == {f"{n:02d}" for n in range(1, 21)}
    assert {p.pos for p in entries} == {"VERB", "NOUN"}


def test_most_specific_entry_comes_first():
    impose = load_lexicon()[("impose", "VERB")]
    assert impose[0].objects and impose[0].cameo == "163"
