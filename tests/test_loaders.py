"""Reading articles: every input format, page furniture stripped, stable IDs, errors named."""

from datetime import date
from pathlib import Path

from spacy.tokens import Doc

from geokg.errors import LoadFailure
from geokg.loaders.articles import Article, load_articles, read_source
from geokg.loaders.cleaning import clean_text
from geokg.loaders.dates import dateline_date, resolve_relative
from geokg.loaders.nlp import load_nlp

FIXTURES = Path(__file__).parent / "fixtures"


def articles(*paths):
    return [a for a in load_articles(paths) if isinstance(a, Article)]


def test_html_body_and_metadata_come_from_the_page():
    (page,) = articles(FIXTURES / "page.html")
    assert page.title == "Turkey hosts Ukrainian and Russian negotiators"
    assert page.published == "2024-03-05"
    assert page.url == "https://news.example.org/2024/03/05/ankara-talks"
    assert page.source == "Example Wire"
    assert page.text.startswith("Turkey hosted negotiators from Ukraine and Russia in Ankara")
    assert "accused Russia of shelling" in page.text
    for furniture in ("Share on", "Related", "tracking", "Copyright", "Home"):
        assert furniture not in page.text


def test_rss_and_atom_items_become_articles():
    rss = articles(FIXTURES / "feed.rss")
    assert [a.title for a in rss] == [
        "Japan and South Korea hold talks",
        "Protesters rally in Tbilisi",
    ]
    assert rss[0].id == "ex-2024-0402-jk"
    assert rss[0].published == "2024-04-02"
    assert rss[0].text == (
        "Japan held talks with South Korea in Tokyo on Monday.\n\n"
        "The two governments pledged closer cooperation."
    )
    assert rss[1].source == "Example Wire World"
    (atom,) = articles(FIXTURES / "feed.atom")
    assert atom.url == "https://desk.example.org/fr-de-pact"
    assert atom.published == "2024-02-12"


def test_markdown_front_matter_and_markup():
    (note,) = articles(FIXTURES / "note.md")
    assert note.title == "Sanctions on Iran"
    assert note.published == "2024-04-22"
    assert note.text == (
        "The European Union imposed new sanctions on Iran on Monday, officials said.\n\n"
        "Iran condemned the decision."
    )


def test_jsonl_keeps_input_ids_and_reports_broken_lines_by_number():
    results = list(load_articles([FIXTURES / "mixed.jsonl"]))
    good = [r for r in results if isinstance(r, Article)]
    bad = [r for r in results if isinstance(r, LoadFailure)]
    assert [a.id for a in good] == ["ok-1", "ok-2"]
    assert [e.origin.rsplit(":", 1)[1] for e in bad] == ["2", "4"]
    assert "invalid JSON" in bad[0].reason


def test_directories_are_read_recursively_in_a_stable_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Brazil praised Argentina for the new trade accord.")
    (tmp_path / "a.txt").write_text("Chile hosted Peru for talks on the border dispute today.")
    (tmp_path / "ignored.csv").write_text("x,y")
    texts = [a.text for a in articles(tmp_path)]
    assert texts == [
        "Chile hosted Peru for talks on the border dispute today.",
        "Brazil praised Argentina for the new trade accord.",
    ]


def test_ids_are_stable_and_follow_url_then_text():
    one = next(read_source(b"Ghana hosted Togo for talks on Monday.", "x.txt", ".txt"))
    two = next(read_source(b"Ghana hosted Togo for talks on Monday.", "y.txt", ".txt"))
    assert one.id == two.id and len(one.id) == 16
    line = b'{"url": "https://e.example.org/a", "text": "Ghana hosted Togo."}'
    by_url = next(read_source(line, "z.jsonl", ".jsonl"))
    assert by_url.id != one.id


def test_bad_files_are_errors_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "broken.rss").write_text("<rss><channel><item><title>x</title>")
    results = list(load_articles([tmp_path, tmp_path / "missing.txt"]))
    reasons = {Path(r.origin).name: r.reason for r in results if isinstance(r, LoadFailure)}
    assert reasons["binary.txt"].startswith("binary file")
    assert reasons["empty.txt"] == "empty file"
    assert reasons["broken.rss"].startswith("malformed feed XML")
    assert reasons["missing.txt"] == "no such file or directory"


def test_legacy_encodings_are_decoded():
    (article,) = list(read_source("Côte d’Ivoire hosted Ghana.".encode("cp1252"), "c.txt", ".txt"))
    assert article.text == "Côte d’Ivoire hosted Ghana."


def test_page_furniture_is_removed_from_the_real_article(corpus_article):
    (article,) = articles(corpus_article)
    assert (
        article.title == "North Korea: agreement with Russia covers immediate military assistance"
    )
    assert article.text.startswith("North Korea’s deal with Russia will cover")
    assert article.text.endswith("relations,” the office added.")
    for furniture in (
        "Share on",
        "Associated Press contributed",
        "originally appeared",
        "Donate",
        "BNC Global Media",
        "Don't Miss",
        "6,098",
        "Politics",
    ):
        assert furniture not in article.text


def test_furniture_stops_only_after_prose():
    text = "Related\n\nIndia and Pakistan held talks on water sharing in Delhi on Monday morning."
    assert clean_text(text) == (
        "India and Pakistan held talks on water sharing in Delhi on Monday morning."
    )


def test_an_oversized_article_is_reported_not_fatal(tmp_path):
    sentence = "Chile hosted Peru for talks on the border dispute today. "
    (tmp_path / "huge.txt").write_text(sentence * 120_000)  # ~6.8 MB
    (tmp_path / "small.txt").write_text(sentence)
    results = list(load_articles([tmp_path]))
    errors = [r for r in results if isinstance(r, LoadFailure)]
    assert [Path(e.origin).name for e in errors] == ["huge.txt"]
    assert "too long" in errors[0].reason
    assert [a.text for a in results if isinstance(a, Article)] == [sentence.strip()]


def test_next_week_month_or_weekday_is_the_first_day_it_names():
    thursday = date(2024, 12, 12)
    assert resolve_relative("next week", thursday) == date(2024, 12, 16)  # Monday
    assert resolve_relative("next Tuesday", thursday) == date(2024, 12, 17)
    assert resolve_relative("next Thursday", thursday) == date(2024, 12, 19)  # not today
    assert resolve_relative("next month", thursday) == date(2025, 1, 1)
    assert resolve_relative("next year", thursday) == date(2025, 1, 1)
    assert resolve_relative("Tuesday", thursday) == date(2024, 12, 10)  # a bare weekday: past
    assert resolve_relative("Tuesday", thursday, ahead=True) == date(2024, 12, 17)  # "will
    # meet him on Tuesday": the next one
    assert resolve_relative("next session", thursday) is None


def test_datelines_date_their_story():
    read = date(2026, 3, 10)
    assert dateline_date("SEOUL, June 19, 2024 (Yonhap) - Seoul ...", read) == date(2024, 6, 19)
    assert dateline_date("KYIV, 3 March (AFP) - Ukraine ...", read) == date(2026, 3, 3)
    assert dateline_date("WASHINGTON, Sept. 4 (Reuters) - The ...", read) == date(2025, 9, 4)
    assert dateline_date("New Delhi [India], Jan 5 (ANI): India ...", read) == date(2026, 1, 5)
    pti = "NEW DELHI, Feb 11 (PTI) External Affairs Minister S. Jaishankar ..."  # no dash
    assert dateline_date(pti, read) == date(2026, 2, 11)
    after_headline = "Iraq protests to Turkey\n\nSULAIMANIYAH, Iraq, Feb 11 (Reuters) - Iraq ..."
    assert dateline_date(after_headline, read) == date(2026, 2, 11)
    one_break = "Iraq Protests to Turkey\nSULAIMANIYAH, Iraq, Feb 11 (Reuters) - Iraq ..."
    assert dateline_date(one_break, read) == date(2026, 2, 11)  # a headline on its own line
    sentence = "Iraq protested to Turkey on Monday.\nSULAIMANIYAH, Feb 11 (Reuters) - Iraq ..."
    assert dateline_date(sentence, read) is None  # a first line that is a sentence is no headline
    long_country = "GOMA, Democratic Republic of Congo, March 3 (Reuters) - M23 rebels ..."
    assert dateline_date(long_country, read) == date(2026, 3, 3)  # four words after the town
    assert dateline_date("BAGHDAD (AP) — Iraq ...", read) is None  # a dateline without a date
    assert dateline_date("The talks, May 4 at the latest - officials said", read) is None


def test_the_pipeline_is_loaded_once_per_process(nlp):
    assert load_nlp() is nlp  # every caller shares the one loaded model and gazetteer


def test_an_infinitive_read_as_a_modifier_of_its_object_is_the_verb_again(nlp):
    # "agreed to re-establish diplomatic relations" as the parser can read it: 'to' a
    # preposition on "agreed", the infinitive an adjective of "relations"
    words = ["Iran", "and", "Saudi", "Arabia", "agreed", "to", "re-establish", "diplomatic",
             "relations", "."]  # fmt: skip
    heads = [4, 0, 3, 0, 4, 4, 8, 8, 5, 4]
    deps = ["nsubj", "cc", "compound", "conj", "ROOT", "prep", "amod", "amod", "pobj", "punct"]
    tags = ["NNP", "CC", "NNP", "NNP", "VBD", "IN", "VB", "JJ", "NNS", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    doc = nlp.get_pipe("geokg_verb_after_to")(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("xcomp", "agreed")
    assert (doc[5].dep_, doc[5].head.text) == ("aux", "re-establish")
    assert (doc[8].dep_, doc[8].head.text) == ("dobj", "re-establish")
    kept = Doc(
        nlp.vocab,
        words=["talks", "on", "re-establish", "ties"],
        heads=[0, 0, 3, 1],
        deps=["ROOT", "prep", "amod", "pobj"],
        tags=["NNS", "IN", "VB", "NNS"],
    )
    kept = nlp.get_pipe("geokg_verb_after_to")(kept)
    assert kept[2].dep_ == "amod"  # only after 'to' is it an infinitive


def test_a_trailing_speaker_read_as_an_apposition_speaks_again(nlp):
    # "..., receiving two Belarusians, Poland's ministry said" as the parser can read it: the
    # report's last noun the subject of "said", the speaker its apposition
    words = ["Belarus", "freed", "prisoners", ",", "receiving", "two", "Belarusians", ",",
             "Poland", "'s", "ministry", "said", "."]  # fmt: skip
    heads = [1, 11, 1, 1, 1, 6, 11, 6, 10, 8, 6, 11, 11]
    deps = ["nsubj", "ccomp", "dobj", "punct", "advcl", "nummod", "nsubj", "punct", "poss",
            "case", "appos", "ROOT", "punct"]  # fmt: skip
    pos = ["PROPN", "VERB", "NOUN", "PUNCT", "VERB", "NUM", "PROPN", "PUNCT", "PROPN", "PART",
           "NOUN", "VERB", "PUNCT"]  # fmt: skip
    lemmas = ["Belarus", "free", "prisoner", ",", "receive", "two", "Belarusians", ",",
              "Poland", "'s", "ministry", "say", "."]  # fmt: skip
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc = nlp.get_pipe("geokg_trailing_speaker")(doc)
    assert (doc[10].dep_, doc[10].head.text) == ("nsubj", "said")  # the ministry speaks
    assert (doc[6].dep_, doc[6].head.text) == ("dobj", "receiving")  # the Belarusians received
