"""Every actor kind on the map, the layouts that fit, and time on the map: on a store built
from twelve stories (organisations and armed groups among their actors, nine separate groups),
drawn in a real Chromium."""

from __future__ import annotations

import re
import urllib.request

import networkx as nx
import pytest

from geokg.graph.network import project
from geokg.graph.store import Store
from geokg.graph.viz import render_html, write_html
from geokg.pipeline import IngestReport, extract_paths, ingest
from tests.conftest import FIXTURES
from tests.helpers import ARTIFACTS, launch_chromium, needs_chromium, start_server, stop

STORIES = FIXTURES / "map_stories.jsonl"


@pytest.fixture(scope="module")
def store(nlp, tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("map") / "store")
    report = IngestReport()
    ingest(extract_paths([STORIES], report.errors.append), store, report)
    assert report.errors == [] and report.articles >= 12
    return store


@pytest.fixture(scope="module")
def graph(store) -> nx.DiGraph:
    return project(store)


def test_organisations_and_armed_groups_are_nodes_with_their_edges(graph):
    kinds = nx.get_node_attributes(graph, "kind")
    assert kinds["org/EU"] == kinds["org/ECOWAS"] == "organisation"
    assert kinds["group/HOUTHIS"] == "group" and kinds["RUS"] == "country"
    assert graph.edges["org/EU", "RUS"]["conflict"] == 1
    assert graph.has_edge("org/ECOWAS", "NER") and graph.has_edge("MLI", "org/ECOWAS")
    assert graph.has_edge("USA", "group/HOUTHIS")
    assert nx.number_weakly_connected_components(graph) >= 8


def test_folds_merge_groups_into_countries_and_organisations_into_members(store, tmp_path):
    folded = project(store, fold=["countries"])
    assert "group/HOUTHIS" not in folded and folded.has_edge("USA", "YEM")
    assert "org/EU" in folded  # an organisation has no country to fold into
    members = project(store, fold=["members"])
    assert "org/EU" not in members
    assert members.edges["FRA", "RUS"]["evidence"][0].sentence.startswith("The European Union")
    assert members.has_edge("DEU", "RUS") and members.has_edge("POL", "RUS")
    from geokg.graph.export import export_actor_graph

    (path,) = export_actor_graph(folded, tmp_path / "a.graphml", "graphml")
    read = nx.read_graphml(path)
    assert read.has_edge("org/EU", "RUS") and read.has_edge("USA", "YEM")
    assert read.nodes["org/EU"]["members"].startswith("AUT|BEL")


def test_an_empty_graph_has_an_empty_map():
    from geokg.graph.layout import place

    assert place(nx.DiGraph(), "groups") == place(nx.DiGraph(), "geo") == {}
    assert "0 actors, 0 directed relations." in render_html(nx.DiGraph())


def test_static_picture_labels_do_not_overlap(graph):
    from geokg.graph.static import draw

    for layout in ("groups", "geo"):
        _, boxes = draw(graph, "map", layout=layout)
        assert len(boxes) == graph.number_of_nodes()
        clashes = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.overlaps(b)]
        assert clashes == [], layout


def test_map_under_serve_has_the_layout_of_viz(store, graph):
    positions = re.compile(r'"id": "([^"]+)", "label".*?"x": ([-\d.]+), "y": ([-\d.]+)')
    server, base = start_server(store.path)
    try:
        served = urllib.request.urlopen(f"{base}/map", timeout=30).read().decode()
    finally:
        stop(server)
    expected = positions.findall(render_html(graph))
    assert len(expected) == graph.number_of_nodes()
    assert positions.findall(served) == expected


def _open_map(page, path):
    page.goto(path.as_uri())
    page.wait_for_selector("#mynetwork canvas")
    return page.evaluate(
        """() => ({
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          scale: network.getScale(),
          fonts: Object.fromEntries(Object.entries(network.body.nodes)
                   .map(([id, n]) => [id, n.options.font.size])),
          positions: network.getPositions(),
          edges: edges.get().map(e => [e.from, e.to]),
          shapes: Object.fromEntries(nodes.get().map(n => [n.id, n.shape])),
          view: network.getViewPosition(),
          canvas: [network.canvas.frame.canvas.clientWidth,
                   network.canvas.frame.canvas.clientHeight]})"""
    )


@pytest.mark.slow
@needs_chromium
def test_both_layouts_fit_the_window_with_readable_labels(graph, tmp_path):
    from playwright.sync_api import sync_playwright

    drawn = {}
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        for layout in ("groups", "geo"):
            path = write_html(graph, tmp_path / f"{layout}.html", layout=layout)
            drawn[layout] = _open_map(page, path)
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"map-{layout}.png"))
        browser.close()
    for layout, seen in drawn.items():
        assert seen["overflow"] <= 0, layout
        assert set(seen["fonts"]) == set(graph.nodes)
        smallest = min(seen["fonts"].values()) * seen["scale"]
        assert smallest >= 10, (layout, smallest)
        assert ["org/EU", "RUS"] in seen["edges"] and ["MLI", "org/ECOWAS"] in seen["edges"]
        assert (
            seen["shapes"]["org/EU"] == "square" and seen["shapes"]["group/HOUTHIS"] == "triangle"
        )
        # fitted: every node inside the canvas at the initial zoom
        width, height = seen["canvas"]
        for x, y in ((p["x"], p["y"]) for p in seen["positions"].values()):
            px = (x - seen["view"]["x"]) * seen["scale"] + width / 2
            py = (y - seen["view"]["y"]) * seen["scale"] + height / 2
            assert 0 <= px <= width and 0 <= py <= height, layout
    geo = drawn["geo"]["positions"]
    assert geo["FRA"]["x"] < geo["DEU"]["x"] < geo["RUS"]["x"]
    assert geo["BRA"]["y"] > geo["USA"]["y"]  # south is down


@pytest.mark.slow
@needs_chromium
def test_the_month_slider_hides_edges_outside_its_window(graph, tmp_path):
    from playwright.sync_api import sync_playwright

    path = write_html(graph, tmp_path / "map.html")
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(path.as_uri())
        page.wait_for_selector("#mynetwork canvas")
        bars = page.evaluate(
            "() => [...document.querySelectorAll('#geokg-bars div')].map(b => b.title)"
        )
        months = [title.split(":")[0] for title in bars]
        march = str(months.index("2024-03"))
        for slider, value in (("#geokg-month-to", march), ("#geokg-month-from", march)):
            page.evaluate(
                "([s, v]) => { const el = document.querySelector(s); el.value = v;"
                " el.dispatchEvent(new Event('input')); }",
                [slider, value],
            )
        shown = page.evaluate("() => edges.get().filter(e => !e.hidden).map(e => [e.from, e.to])")
        window = page.evaluate("() => document.getElementById('geokg-window').textContent")
        tip = page.evaluate(
            "() => edges.get().find(e => e.from === 'RUS' && e.to === 'UKR').title.textContent"
        )
        browser.close()
    assert months[0] == "2024-01" and months[-1] == "2024-09" and len(months) == 9
    in_march = sorted([a, b] for a, b, d in graph.edges(data=True) if "2024-03" in d["months"])
    assert sorted(shown) == in_march and len(in_march) < graph.number_of_edges()
    assert window.startswith("2024-03 – 2024-03: 4 events")
    assert "trend 2024-03 █ 2024-03" in tip
