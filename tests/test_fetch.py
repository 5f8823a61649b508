"""Articles from the web: pages with every metadata style read into articles, every way a fetch
fails named with its reason while the other URLs go on, robots.txt obeyed, lists of URLs read.
All against a web site the tests run on loopback; nothing goes to the internet."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from website import Reply, Site, fixture_page, in_turn, redirect, status

import geokg
from geokg.errors import LoadFailure
from geokg.loaders.articles import Article, load_articles
from geokg.loaders.fetch import Fetcher, FetchSettings

QUICK = FetchSettings(timeout=1.0, host_delay=0.0, backoff=0.05)
ROBOTS = "User-agent: *\nDisallow: /private/\n"
PLAIN = "text/plain; charset=utf-8"


@pytest.fixture
def site():
    web = Site()
    web.routes["/robots.txt"] = lambda _r: Reply(200, ROBOTS.encode(), {"Content-Type": PLAIN})
    yield web
    web.stop()


def load(*inputs, settings=QUICK):
    found = list(load_articles(inputs, fetch=settings))
    articles = [item for item in found if isinstance(item, Article)]
    failures = {item.origin: item.reason for item in found if isinstance(item, LoadFailure)}
    return articles, failures


def test_pages_become_articles_whatever_their_metadata_style(site):
    names = ("jsonld.html", "microdata.html", "dublin-core.html", "wrapped.html")
    for name in names:
        site.routes[f"/news/{name}"] = fixture_page(name)
    articles, failures = load(*(site.url(f"/news/{name}") for name in names))
    assert failures == {}
    by_title = {a.title: a for a in articles}
    pact = by_title["Japan and the Philippines sign defence pact"]
    assert (pact.published, pact.author, pact.source) == ("2024-07-09", "Mara Lindqvist",
                                                          "Harbour Times")  # fmt: skip
    assert pact.url == site.url("/news/jsonld.html")  # no canonical link: where it was found
    assert pact.text.startswith("MANILA, July 9 (Harbour Times) - Japan and the Philippines")
    assert "Reader comment" not in pact.text and "Ten maps" not in pact.text
    border = by_title["Kenya and Ethiopia agree to reopen border crossing"]
    assert border.url == "https://plains.example.com/africa/2024/05/14/kenya-ethiopia-border"
    assert (border.published, border.author) == ("2024-05-14", "Tomas Reyes")
    assert "Sign up" not in border.text and "All rights reserved" not in border.text
    sudan = by_title["Norway offers to host Sudan ceasefire talks"]
    assert (sudan.published, sudan.author) == ("2024-01-09", "Ingrid Solberg")
    assert "cookies" not in sudan.text and "Business and markets" not in sudan.text
    glacier = by_title["Chile and Argentina hold talks on glacier border"]
    assert glacier.text.split("\n\n")[1:] == [
        "Argentina proposed a joint survey of the ice field, and Chile accepted the proposal.",
        "Both delegations pledged to meet again in Buenos Aires before the end of the year.",
    ]  # every paragraph, each in its own <div>; the comments left out
    assert all(a.id != b.id for a in articles for b in articles if a is not b)


def test_each_failure_is_named_and_the_others_are_read(site):
    site.routes.update({
        "/ok": fixture_page("microdata.html"),
        "/gone": status(404),
        "/loop-a": redirect("/loop-b"),
        "/loop-b": redirect("/loop-a"),
        "/slow": lambda _r: Reply(200, b"<p>late</p>", {"Content-Type": "text/html"}, delay=2.5),
        "/huge": lambda _r: Reply(200, b"<p>Chile hosted Peru.</p>" * 1_300_000,
                                  {"Content-Type": "text/html"}, chunks=30),
        "/report.pdf": lambda _r: Reply(200, b"%PDF-1.7", {"Content-Type": "application/pdf"}),
        "/private/memo": fixture_page("jsonld.html"),
    })  # fmt: skip
    paths = ["/gone", "/loop-a", "/slow", "/huge", "/report.pdf", "/private/memo", "/ok"]
    articles, failures = load(*(site.url(p) for p in paths))
    assert failures == {
        site.url("/gone"): "HTTP 404",
        site.url("/loop-a"): "more than 3 redirects",
        site.url("/slow"): "timed out after 1 s",
        site.url("/huge"): "page too large (over 10 MB)",
        site.url("/report.pdf"): "not an article: application/pdf",
        site.url("/private/memo"): "robots.txt disallows",
    }
    assert [a.title for a in articles] == ["Kenya and Ethiopia agree to reopen border crossing"]
    assert "/private/memo" not in site.requests
    assert site.count("/robots.txt") == 1  # read once per host
    assert site.count("/loop-a") == 2 and site.count("/loop-b") == 2  # 3 redirects, then stop


def test_a_server_error_is_retried_and_a_redirect_is_checked_against_robots(site):
    site.routes.update({
        "/busy": in_turn(status(500), status(503), fixture_page("jsonld.html")),
        "/moved": redirect("/private/memo"),
        "/private/memo": fixture_page("wrapped.html"),
        "/down": status(502),
    })  # fmt: skip
    articles, failures = load(site.url("/busy"), site.url("/moved"), site.url("/down"))
    assert [a.title for a in articles] == ["Japan and the Philippines sign defence pact"]
    assert site.count("/busy") == 3
    assert failures == {site.url("/moved"): "robots.txt disallows", site.url("/down"): "HTTP 502"}
    assert site.count("/down") == 1 + QUICK.retries
    assert "/private/memo" not in site.requests


def test_an_unreadable_robots_txt_keeps_the_site_off_limits(site):
    site.routes["/robots.txt"] = status(503)
    site.routes["/page"] = fixture_page("jsonld.html")
    _, failures = load(site.url("/page"))
    assert failures == {site.url("/page"): "robots.txt unreadable (HTTP 503)"}
    assert "/page" not in site.requests


def test_conditional_requests_and_the_user_agent(site):
    agents = []

    def feed(request):
        agents.append(request.get("user-agent", ""))
        if request.get("if-none-match") == '"v1"':
            return Reply(304)
        return Reply(200, b"<rss/>", {"Content-Type": "application/rss+xml", "ETag": '"v1"'})

    site.routes["/feed"] = feed
    with Fetcher(QUICK) as fetcher:
        first = fetcher.get(site.url("/feed"))
        again = fetcher.get(site.url("/feed"), headers={"If-None-Match": first.headers["etag"]})
    assert (first.status, first.body, again.status, again.body) == (200, b"<rss/>", 304, b"")
    assert all(agent.startswith("geokg/") for agent in agents)


def test_a_file_listing_urls_stands_for_those_pages(site, tmp_path):
    site.routes["/a"] = fixture_page("jsonld.html")
    site.routes["/b"] = fixture_page("dublin-core.html")
    listing = tmp_path / "reading.txt"
    listing.write_text(f"# this week\n{site.url('/a')}\n\n{site.url('/b')}\n{site.url('/c')}\n")
    articles, failures = load(listing)
    assert [a.published for a in articles] == ["2024-07-09", "2024-01-09"]
    assert failures == {site.url("/c"): "HTTP 404"}
    prose = tmp_path / "note.txt"
    prose.write_text(f"Read this: {site.url('/a')}\nGhana hosted Togo for talks on Monday.\n")
    (article,), _ = load(prose)  # not only URLs: an article that mentions one
    assert "Ghana hosted Togo" in article.text
    requests = len(site.requests)
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "reading.txt").write_text(site.url("/a"))
    load(folder)  # a list found in a folder is not followed: no surprise downloads
    assert len(site.requests) == requests


def test_ingested_pages_carry_their_dates_urls_and_events(site, nlp, tmp_path):
    site.routes["/pact"] = fixture_page("jsonld.html")
    site.routes["/border"] = fixture_page("microdata.html")
    kg = geokg.open(tmp_path / "store")
    report = kg.ingest([site.url("/pact"), site.url("/border")], fetch_timeout=1, host_delay=0)
    assert (report.articles, report.failed) == (2, 0)
    rows = kg.query(
        "SELECT ?url ?day ?author (COUNT(?e) AS ?events) WHERE { ?a schema:url ?url ; "
        "schema:datePublished ?day ; schema:author ?author . ?e prov:wasDerivedFrom ?a } "
        "GROUP BY ?url ?day ?author ORDER BY ?day"
    ).records()
    assert [(r["url"], r["day"], r["author"]) for r in rows] == [
        ("https://plains.example.com/africa/2024/05/14/kenya-ethiopia-border", "2024-05-14",
         "Tomas Reyes"),
        (site.url("/pact"), "2024-07-09", "Mara Lindqvist"),
    ]  # fmt: skip
    assert all(int(r["events"]) > 0 for r in rows)
    events = {(e["actor1Country"], e["actor2Country"]) for e in kg.events()}
    assert {("JPN", "PHL"), ("CHN", "JPN")} <= events


@pytest.mark.slow
def test_the_command_line_names_each_failed_url_and_exits_1(site, tmp_path):
    site.routes["/pact"] = fixture_page("jsonld.html")
    result = subprocess.run(
        [sys.executable, "-m", "geokg", "ingest", site.url("/pact"), site.url("/missing"),
         "--store", str(tmp_path / "s"), "--delay", "0", "--timeout", "1", "--json"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 1
    assert f"failed: {site.url('/missing')}: HTTP 404" in result.stderr.replace("\n", "")
    assert json.loads(result.stdout)["articles"] == 1
