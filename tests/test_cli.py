"""The command line as a user runs it: real subprocesses, exit codes, machine-readable output."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def geokg(*args, cwd=None, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "geokg", *map(str, args)],
        capture_output=True, text=True, cwd=cwd, input=stdin, timeout=300,
    )  # fmt: skip


def test_every_command_has_help_with_an_example():
    from geokg.cli import main

    for command in main.commands:
        result = geokg(command, "--help")
        assert result.returncode == 0, command
        assert "Usage: python -m geokg " + command in result.stdout
        assert f"geokg {command} " in result.stdout.split("Options:")[0], command


def test_evaluate_prints_scores_and_errors_as_tables(tmp_path):
    gold = tmp_path / "gold.jsonl"
    records = [
        {"id": "a", "date": "2025-01-01", "text": "Russia condemned Ukraine on Monday.",
         "events": [{"source": "RUS", "target": "UKR", "cameo": "111"}]},
        {"id": "b", "date": "2025-01-01", "text": "France met Germany on Monday.",
         "events": [{"source": "FRA", "target": "DEU", "cameo": "195"}]},
    ]  # fmt: skip
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    result = geokg("evaluate", gold, "--errors", "5")
    assert result.returncode == 0, result.stderr
    assert "events: 2 texts" in result.stdout and "root confusion" in result.stdout
    assert "FRA 19 DEU" in result.stdout  # the miss is listed


@pytest.mark.slow
def test_extract_jsonl_on_the_real_article(corpus_article):
    result = geokg("extract", corpus_article, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    triples = {(r["source"]["iso3"], r["cameo"], r["target"]["iso3"]) for r in records}
    assert ("KOR", "111", "PRK") in triples
    assert ("RUS", "042", "PRK") in triples
    assert ("USA", "050", "UKR") in triples


@pytest.mark.slow
def test_extract_reads_stdin():
    result = geokg("extract", "-", "--format", "jsonl", stdin="Canada condemned Iran on Monday.")
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["source"]["cameo"], record["cameo"], record["target"]["cameo"]) == (
        "CAN", "111", "IRN"
    )  # fmt: skip
    same = geokg("extract", "-", "--json", stdin="Canada condemned Iran on Monday.")
    assert same.stdout == result.stdout  # --json is --format jsonl, as on the other commands


@pytest.mark.slow
def test_ingest_query_export_round_trip(tmp_path):
    store = tmp_path / "store"
    bad = tmp_path / "broken.html"
    bad.write_text("<html><head><script>x()</script></head></html>")
    result = geokg("ingest", FIXTURES / "articles.jsonl", bad, "--store", store, "--json")
    assert result.returncode == 1  # one input failed, the rest was ingested
    assert "broken.html: HTML page has no article body" in result.stderr
    summary = json.loads(result.stdout)
    assert (summary["articles"], summary["failed"]) == (2, 1) and summary["quads_written"] > 50

    tensions = geokg("query", "tensions", "--store", store, "--format", "csv")
    assert tensions.returncode == 0, tensions.stderr
    rows = list(csv.DictReader(io.StringIO(tensions.stdout)))
    assert [(r["aLabel"], r["bLabel"]) for r in rows] == [("South Korea", "North Korea")]

    as_json = geokg(
        "query",
        "SELECT (COUNT(?e) AS ?n) WHERE { ?e a gk:Event }",
        "--store",
        store,
        "--format",
        "json",
    )
    bindings = json.loads(as_json.stdout)["results"]["bindings"]
    assert int(bindings[0]["n"]["value"]) == summary["events"]

    bad_param = geokg("query", "alliances", "--param", "since=yesterday-ish", "--store", store)
    assert bad_param.returncode == 2 and "not a valid date" in bad_param.stderr

    exported = geokg("export", "--format", "nq", "--store", store)
    assert exported.returncode == 0
    graphs = {line.rsplit(" ", 2)[-2] for line in exported.stdout.splitlines() if line}
    assert len(graphs) == 8  # two articles, actors, stories, relations, days, activity, ontology

    stats = json.loads(geokg("stats", "--json", "--store", store).stdout)
    assert stats["articles"] == 2 and stats["events"] == summary["events"]
    assert stats["quads"] > summary["quads_written"]  # the ontology, stories and totals too
    table = " ".join(geokg("stats", "--store", store).stdout.replace("│", " ").split())
    assert "articles 2 news articles stored" in table and "quads" in table


@pytest.mark.slow
def test_demo_writes_the_map_and_a_summary(tmp_path):
    result = geokg(
        "demo", "--output", tmp_path / "demo.html", "--store", tmp_path / "s", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "Alliances and cooperation" in result.stdout
    assert "Tensions and conflict" in result.stdout
    page = (tmp_path / "demo.html").read_text()
    assert "vis.DataSet" in page and "Russia" in page


def test_errors_name_the_problem_and_carry_their_exit_code(tmp_path):
    """Usage errors exit 2, store errors 3, each with one line on stderr and no traceback."""
    missing = geokg("stats", "--store", tmp_path / "nothing-here")
    assert missing.returncode == 3 and "no store at" in missing.stderr
    (tmp_path / "empty.nt").write_text("")
    assert geokg("ingest", tmp_path / "empty.nt", "--store", tmp_path / "s").returncode == 0
    stream = geokg("export", "--format", "graphml", "--store", tmp_path / "s")
    assert stream.returncode == 2 and "graphml needs a file or folder" in stream.stderr
    window = geokg("viz", "--since", "soon", "--store", tmp_path / "s", cwd=tmp_path)
    assert window.returncode == 2 and "not a date: 'soon'" in window.stderr
    near_miss = geokg("query", "alliance", "--store", tmp_path / "nothing-here")
    assert near_miss.returncode == 2 and "did you mean alliances?" in near_miss.stderr
    prefix = geokg("query", "SELECT ?x WHERE {\n ?x foo:bar ?y }", "--store", tmp_path / "s")
    assert prefix.returncode == 2
    assert prefix.stderr.strip().splitlines() == [
        "error: SPARQL syntax error at line 2, column 12: unknown prefix foo: (declare it with "
        "PREFIX)"
    ]
    failed = (missing, stream, window, near_miss, prefix)
    assert all("Traceback" not in r.stderr for r in failed)


def test_query_list_gives_whole_first_sentences():
    from geokg.queries.runner import named_queries

    listed = {q["name"]: q for q in json.loads(geokg("query", "--list", "--format", "json").stdout)}
    assert set(listed) == set(named_queries())
    for name, query in listed.items():
        assert query["summary"].endswith((".", ")")) and query["summary"][-2:] != "..", name
        assert query["description"].startswith(query["summary"]), name
    table = geokg("query", "--list").stdout
    assert "negation and modality; oldest first." in " ".join(table.replace("│", " ").split())


def test_user_dictionaries_on_the_command_line(tmp_path):
    """--actors and --verbs add a user's own rows; a bad row is named with its file and line,
    and the others are used."""
    actors, verbs = tmp_path / "actors.tsv", tmp_path / "verbs.tsv"
    actors.write_text(
        "code\tname\taliases\tkind\tterm_start\tterm_end\n"
        "ARN\tArnor\t\tcountry\t\t\nGON\tGondor\t\tcountry\t\t\nbad\tx\t\tcountry\t\t\n",
        "utf-8",
    )
    verbs.write_text(
        "lemma\tpos\tparticle\tsubject\tobject\tpp\tpreps\tcameo\treverse\tsymmetric\tnote\n"
        "harangue\tVERB\t\t\t\t\t\t111\t\t0\tX harangued Y\n",
        "utf-8",
    )
    text = "Arnor harangued Gondor on Monday.\n"
    result = geokg("extract", "-", "--format", "jsonl", "--date", "2025-01-01",
                   "--actors", str(actors), "--verbs", str(verbs), stdin=text)  # fmt: skip
    assert result.returncode == 0, result.stderr
    (event,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (event["source"]["cameo"], event["cameo"], event["target"]["cameo"]) == (
        "ARN",
        "111",
        "GON",
    )
    assert f"{actors} line 4: code 'bad'" in result.stderr
    plain = geokg("extract", "-", "--format", "jsonl", stdin=text)
    assert plain.stdout.strip() == ""  # without them: no Arnor, no "harangue"


def test_ingest_dates_articles_and_keeps_undated_ones_out_of_windows(tmp_path):
    texts = {
        "seoul.txt": "SEOUL, June 19, 2024 (Yonhap) - South Korea condemned North Korea's "
        "missile launch, the foreign ministry said.",
        "washington.txt": "WASHINGTON, May 14 (Reuters) - The United States imposed new "
        "sanctions on Iran over its drone exports, the Treasury said.",
        "tokyo.txt": "Japan lodged a protest with China over the incursion by its coast guard.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    store = tmp_path / "store"
    dated = geokg("ingest", *(tmp_path / n for n in texts), "--date", "2025-06-30",
                  "--store", store, "--json")  # fmt: skip
    assert dated.returncode == 0, dated.stderr
    assert json.loads(dated.stdout)["undated"] == 0
    table = geokg("query", "event-table", "--store", store, "--format", "csv")
    days = {(r["actor1Country"], r["actor2Country"]): r["date"]
            for r in csv.DictReader(io.StringIO(table.stdout))}  # fmt: skip
    assert days == {
        ("KOR", "PRK"): "2024-06-19",  # the dateline's own year
        ("USA", "IRN"): "2025-05-14",  # the dateline's day, the year of --date
        ("JPN", "CHN"): "2025-06-30",  # no dateline: --date
    }

    undated_store = tmp_path / "undated"
    undated = geokg("ingest", tmp_path / "tokyo.txt", "--store", undated_store)
    assert "1 article has no date: their events are left out of date windows" in undated.stdout
    for query in ("tensions", "event-table", "top-actors"):
        unwindowed = geokg("query", query, "--store", undated_store, "--format", "csv")
        windowed = geokg("query", query, "--param", "since=2000-01-01",
                         "--store", undated_store, "--format", "csv")  # fmt: skip
        assert len(unwindowed.stdout.splitlines()) > 1, (query, unwindowed.stderr)
        assert len(windowed.stdout.splitlines()) == 1, (query, windowed.stdout)  # header only


def test_query_pages_name_the_next_cursor_and_all_reads_every_page(demo_store):
    store = demo_store.path
    whole = geokg("query", "event-table", "--all", "--store", store, "--format", "csv")
    assert whole.returncode == 0, whole.stderr
    rows = list(csv.DictReader(io.StringIO(whole.stdout)))
    assert len(rows) > 100 and len({r["event"] for r in rows}) == len(rows)
    first = geokg("query", "event-table", "--limit", "40", "--store", store, "--format", "csv")
    assert len(first.stdout.splitlines()) == 41
    after = first.stderr.strip().removeprefix("next page: --param ")
    assert first.stderr.startswith("next page: --param after=")
    second = subprocess.run(f"{sys.executable} -m geokg query event-table --limit 40 "
                            f"--store {store} --format csv --param {after}",
                            shell=True, capture_output=True, text=True)  # fmt: skip
    paged = list(csv.DictReader(io.StringIO(first.stdout + second.stdout.split("\n", 1)[1])))
    assert paged == rows[:80]
    small = geokg("query", "event-table", "--all", "--limit", "7", "--store", store, "--format",
                  "tsv")  # fmt: skip
    lines = small.stdout.splitlines()
    assert [line for line in lines if line.startswith("?event\t")] == lines[:1]
    assert len(lines) == len(rows) + 1
    default = geokg("query", "event-table", "--store", store, "--format", "csv")
    assert len(default.stdout.splitlines()) == 101 and "next page" in default.stderr
