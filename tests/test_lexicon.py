"""The predicate lexicon and the CAMEO table it points into."""

from collections import Counter
from importlib.resources import files

from geokg.loaders.lexicon import NO_EVENT, cameo_table, lexicon_problems, load_lexicon
from geokg.loaders.patterns import ranked_matches


def test_cameo_table_has_every_code_with_scores():
    table = cameo_table()
    assert len(table) == 312
    assert table["057"].goldstein == 8.0 and table["057"].plover == "SUPPORT"
    assert table["111"].quad_class == 3 and table["190"].quad_class == 4
    assert table["010"].plover is None  # root 01 has no PLOVER type
    assert {code.root for code in table.values()} == {f"{n:02d}" for n in range(1, 21)}


def test_lexicon_joins_the_hand_rows_and_petrarch_and_covers_every_root():
    entries = [p for group in load_lexicon().values() for p in group]
    origins = Counter(p.origin for p in entries)
    assert origins["geokg"] >= 340 and origins["petrarch"] >= 5000
    keys = Counter((p.lemma, p.pos, p.particle, p.subject, p.objects, p.pp) for p in entries)
    assert [key for key, count in keys.items() if count > 1] == []  # one meaning per wording
    hand = files("geokg.loaders").joinpath("data/predicates.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in hand.splitlines() if line and line[0] != "#"]
    wordings = Counter(tuple(row[:6]) for row in rows[1:])  # after the header
    assert [w for w, count in wordings.items() if count > 1] == []  # a repeat is never used
    assert {p.cameo[:2] for p in entries if p.is_event} == {f"{n:02d}" for n in range(1, 21)}
    assert {p.pos for p in entries} == {"VERB", "NOUN"}


def chosen(nlp, sentence: str, word: str) -> str | None:
    doc = nlp(sentence)
    (token,) = [t for t in doc if t.text == word]
    matches = ranked_matches(token, load_lexicon())
    return matches[0].entry.cameo if matches else None


def test_the_row_that_asks_for_the_most_words_wins(nlp):
    assert chosen(nlp, "Japan imposed sanctions on Russia.", "imposed") == "163"
    assert chosen(nlp, "Japan imposed a curfew.", "imposed") != "163"
    # PETRARCH-2: a pattern keeps to the verb its comment names ("strike a deal")
    assert chosen(nlp, "Ankara struck a deal with Baghdad.", "struck") == "057"
    assert chosen(nlp, "Rebels attacked the deal.", "attacked") != "057"
    # a PETRARCH-2 row coded --- says the phrase is no event
    assert chosen(nlp, "Ministers fought racism in schools.", "fought") == NO_EVENT


def test_a_hand_verified_row_beats_a_longer_petrarch_pattern(nlp):
    """PETRARCH-2 codes 'signed a trade agreement' 0311 (intent to cooperate economically);
    the CAMEO codebook, and the hand row, code signing an agreement 057."""
    assert chosen(nlp, "Kenya signed a trade agreement with Uganda.", "signed") == "057"


def test_a_word_in_the_users_file_is_coded_from_the_users_rows_alone(tmp_path, nlp):
    """The packaged 'restore relations/ties with' row (050) asks for more words than the
    user's general 'restore' row, and would win if both were ranked together."""
    verbs = tmp_path / "verbs.tsv"
    verbs.write_text(
        "lemma\tpos\tparticle\tsubject\tobject\tpp\tpreps\tcameo\treverse\tsymmetric\tnote\n"
        "restore\tVERB\t\t\t\t\t\t064\t\t0\tX restored Y\n",
        "utf-8",
    )
    doc = nlp("Ghana restored ties with Kenya.")
    assert ranked_matches(doc[1], load_lexicon())[0].entry.cameo == "050"
    (only,) = ranked_matches(doc[1], load_lexicon((verbs,)))
    assert only.entry.cameo == "064"
    assert load_lexicon((verbs,))[("impose", "VERB")] == load_lexicon()[("impose", "VERB")]


def test_a_user_row_that_cannot_be_read_is_named_and_the_rest_load(tmp_path, nlp):
    verbs = tmp_path / "verbs.tsv"
    verbs.write_text(
        "lemma\tpos\tparticle\tsubject\tobject\tpp\tpreps\tcameo\treverse\tsymmetric\tnote\n"
        "hector\tVERB\t\t\t\t\t\t111\t\t0\tX hectored Y\n"
        "harangue\tVERB\t\t\t\t\t\tABC\t\t0\tnot a CAMEO code\n",
        "utf-8",
    )
    lexicon = load_lexicon((verbs,))
    assert lexicon[("hector", "VERB")][0].origin == str(verbs)
    assert ("harangue", "VERB") not in lexicon
    assert lexicon_problems((verbs,)) == [f"{verbs} line 3: unknown CAMEO code 'ABC'"]
