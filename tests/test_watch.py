"""Watching feeds: each poll fetches only new entries, the same story under two URLs is one
article, failures are retried, and a watch killed with SIGKILL resumes without duplicates or
losses; SIGTERM finishes the poll and stops. Feeds and pages come from a loopback web site."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from website import Reply, Site, html, status

import geokg
from geokg.loaders.feeds import STATE_FILE

STORIES = {
    "/news/pact": ("Japan and the Philippines sign defence pact", "2024-07-09",
                   "Japan and the Philippines signed a defence pact on Tuesday, officials said."),
    "/news/border": ("Kenya and Ethiopia reopen border", "2024-05-14",
                     "Kenya and Ethiopia agreed on Monday to reopen a border crossing to trucks."),
    "/news/talks": ("Norway hosts Sudan talks", "2024-01-09",
                    "Norway hosted ceasefire talks between Sudan and South Sudan on Tuesday."),
    "/news/protest": ("Chile protests to Argentina", "2024-10-02",
                      "Chile lodged a protest with Argentina over a survey of the ice field."),
}  # fmt: skip


def page(title: str, day: str, sentence: str) -> bytes:
    return (
        f"<html><head><title>{title}</title>"
        f'<meta property="article:published_time" content="{day}"></head><body><article>'
        f"<h1>{title}</h1><p>{sentence}</p><p>The statement was read out to reporters in the "
        "capital, and officials of both governments declined to give further details.</p>"
        "</article></body></html>"
    ).encode()


def rss(paths: list[str], base: str) -> bytes:
    items = "".join(
        f"<item><title>{STORIES[p][0]}</title><link>{base}{p}</link><guid>{p}</guid></item>"
        for p in paths
    )
    channel = f"<channel><title>Wire</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def atom(links: list[str]) -> bytes:
    entries = "".join(
        f"<entry><title>story</title><id>urn:{i}</id><link href='{link}'/></entry>"
        for i, link in enumerate(links)
    )
    feed = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>{entries}</feed>'
    return f'<?xml version="1.0"?>{feed}'.encode()


class Feed:
    """A feed whose entries the test changes between polls; it answers 304 to a matching
    ETag when `etags` is on, and serves the whole feed every time when off."""

    def __init__(self, body: bytes, media_type: str, etags: bool = True) -> None:
        self.body, self.media_type, self.etags = body, media_type, etags

    def __call__(self, request: dict[str, str]) -> Reply:
        tag = f'"{hash(self.body)}"'
        if self.etags and request.get("if-none-match") == tag:
            return Reply(304)
        headers = {"Content-Type": self.media_type, **({"ETag": tag} if self.etags else {})}
        return Reply(200, self.body, headers)


@pytest.fixture
def site():
    web = Site()
    web.routes["/robots.txt"] = status(404)
    for path, story in STORIES.items():
        web.routes[path] = html(page(*story))
    yield web
    web.stop()


def pages_fetched(site: Site) -> list[str]:
    return [path for path in site.requests if path.startswith(("/news/", "/partner/"))]


def stored(kg) -> dict[str, tuple]:
    rows = kg.query(
        "SELECT ?id ?url ?day (GROUP_CONCAT(STR(?other); separator=' ') AS ?others) WHERE { "
        "?a gk:articleId ?id ; schema:url ?url ; schema:datePublished ?day "
        "OPTIONAL { ?a schema:sameAs ?other } } GROUP BY ?id ?url ?day"
    ).records()
    return {r["url"]: (r["day"], sorted((r["others"] or "").split())) for r in rows}


QUICK = {"fetch_timeout": 2, "host_delay": 0}


def test_each_poll_fetches_only_new_entries(site, nlp, tmp_path):
    wire = Feed(rss(["/news/pact", "/news/border"], site.base), "application/rss+xml")
    desk = Feed(atom([site.url("/news/talks")]), "application/atom+xml", etags=False)
    site.routes.update({"/wire.rss": wire, "/desk.atom": desk})
    feeds = [site.url("/wire.rss"), site.url("/desk.atom")]
    kg = geokg.open(tmp_path / "store")

    first = kg.poll_feeds(feeds, **QUICK)
    assert [(f.new, f.seen, f.failed) for f in first.feeds] == [(2, 0, 0), (1, 0, 0)]
    assert sorted(pages_fetched(site)) == ["/news/border", "/news/pact", "/news/talks"]
    assert stored(kg) == {
        site.url("/news/pact"): ("2024-07-09", []),
        site.url("/news/border"): ("2024-05-14", []),
        site.url("/news/talks"): ("2024-01-09", []),
    }
    assert {("JPN", "PHL"), ("NOR", "SDN")} <= {
        (e["actor1Country"], e["actor2Country"]) for e in kg.events()
    }

    site.requests.clear()
    unchanged = kg.poll_feeds(feeds, **QUICK)
    assert [(f.new, f.seen) for f in unchanged.feeds] == [(0, 0), (0, 1)]  # 304; no ETag
    assert pages_fetched(site) == [] and unchanged.articles == 0

    wire.body = rss(["/news/protest", "/news/pact", "/news/border"], site.base)
    changed = kg.poll_feeds(feeds, **QUICK)
    assert [(f.new, f.seen) for f in changed.feeds] == [(1, 2), (0, 1)]
    assert pages_fetched(site) == ["/news/protest"]
    assert len(stored(kg)) == 4


def test_the_same_story_under_two_urls_is_one_article_with_both(site, nlp, tmp_path):
    site.routes["/partner/pact-copy"] = site.routes["/news/pact"]
    site.routes["/desk.atom"] = Feed(atom([site.url("/news/pact")]), "application/atom+xml")
    kg = geokg.open(tmp_path / "store")
    kg.poll_feeds([site.url("/desk.atom")], **QUICK)
    site.routes["/desk.atom"].body = atom([site.url("/news/pact"), site.url("/partner/pact-copy")])
    kg.poll_feeds([site.url("/desk.atom")], **QUICK)
    assert stored(kg) == {
        site.url("/news/pact"): ("2024-07-09", [site.url("/partner/pact-copy")]),
    }
    assert kg.stats()["articles"] == 1


def test_a_failed_entry_is_named_and_tried_again(site, nlp, tmp_path):
    site.routes["/wire.rss"] = Feed(rss(["/news/pact", "/news/talks"], site.base),
                                    "application/rss+xml")  # fmt: skip
    site.routes["/news/talks"] = status(404)
    kg = geokg.open(tmp_path / "store")
    first = kg.poll_feeds([site.url("/wire.rss")], **QUICK)
    assert [str(e) for e in first.errors] == [
        f"{site.url('/news/talks')}: HTTP 404 (attempt 1 of 3)"
    ]
    assert (first.feeds[0].new, first.feeds[0].failed) == (1, 1)
    site.routes["/news/talks"] = html(page(*STORIES["/news/talks"]))
    second = kg.poll_feeds([site.url("/wire.rss")], **QUICK)
    assert (second.feeds[0].new, second.failed, len(stored(kg))) == (1, 0, 2)


def watch(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "geokg", "watch", *args, "--delay", "0", "--timeout", "5"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


@pytest.mark.slow
def test_a_watch_killed_mid_poll_resumes_without_duplicates_or_losses(site, tmp_path):
    paths = ["/news/pact", "/news/border", "/news/talks"]
    site.routes["/wire.rss"] = Feed(rss(paths, site.base), "application/rss+xml")
    site.routes["/news/border"] = lambda _r: Reply(
        200, page(*STORIES["/news/border"]), {"Content-Type": "text/html"}, delay=3
    )
    store = tmp_path / "store"
    killed = watch(site.url("/wire.rss"), "--store", str(store), "--interval", "0")
    wait_for(lambda: "/news/border" in site.requests)  # mid-poll: one page fetched, one pending
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=30)
    assert not (store / STATE_FILE).exists()  # the state is saved only with the articles

    site.routes["/news/border"] = html(page(*STORIES["/news/border"]))
    resumed = watch(site.url("/wire.rss"), "--store", str(store), "--once", "--json")
    out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    assert json.loads(out)["feeds"][0]["new"] == 3
    kg = geokg.open(store, read_only=True)
    assert sorted(stored(kg)) == sorted(site.url(p) for p in paths)
    assert kg.stats()["articles"] == 3


@pytest.mark.slow
def test_sigterm_finishes_the_poll_and_stops(site, tmp_path):
    site.routes["/wire.rss"] = Feed(rss(["/news/pact"], site.base), "application/rss+xml")
    store = tmp_path / "store"
    running = watch(site.url("/wire.rss"), "--store", str(store), "--interval", "600")
    wait_for(lambda: "/news/pact" in site.requests)
    running.send_signal(signal.SIGTERM)  # during the poll: it is finished first
    out, err = running.communicate(timeout=120)
    assert running.returncode == 0, err
    assert "poll 1: 1 feeds, 1 new entries, 1 articles" in out
    assert "poll 2" not in out
    state = json.loads((store / STATE_FILE).read_text())
    assert state["feeds"][site.url("/wire.rss")]["seen"] == ["/news/pact"]
    assert not any(name.endswith(".tmp") for name in os.listdir(store))
