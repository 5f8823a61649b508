"""The HTML map: offline, no JavaScript errors, drawn, and its data matches the projection."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from geokg.graph.network import blocs, project, relations
from geokg.graph.viz import CONFLICT, COOPERATION, render_html, write_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).parent.parent / "test-artifacts"


@pytest.fixture(scope="module")
def demo_graph(demo_store):
    return project(demo_store)


def test_projection_has_the_expected_relations(demo_graph):
    pairs = relations(demo_graph)
    assert pairs.edges["RUS", "PRK"]["relation"] == "alliance"
    assert pairs.edges["KOR", "PRK"]["goldstein"] < 0
    assert pairs.edges["KOR", "USA"]["goldstein"] > 0
    bloc = blocs(pairs)
    assert bloc["RUS"] == bloc["PRK"]
    assert bloc["KOR"] == bloc["USA"]
    assert bloc["KOR"] != bloc["PRK"]


def test_html_is_self_contained(demo_graph, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write_html(demo_graph, tmp_path / "out" / "map.html")
    page = path.read_text()
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    assert "<script src=" not in page and 'rel="stylesheet" href="http' not in page
    # pyvis's local mode writes lib/ into the working directory: nothing but the output here.
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["map.html", "out"]


def test_tooltips_are_text_and_markup_is_escaped(demo_graph):
    evil = "<script>alert(1)</script>"
    graph = demo_graph.copy()
    graph.nodes["RUS"]["label"] = evil
    page = render_html(graph, title=evil)
    assert "<script>alert(1)</script>" not in page.split("<body>", 1)[1].split("var nodes")[0]


@pytest.mark.slow
@pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="Debian chromium not installed (make test installs it; in CI this test must run)",
)
def test_map_renders_offline_in_a_real_browser(demo_graph, tmp_path):
    from playwright.sync_api import sync_playwright

    path = write_html(demo_graph, tmp_path / "map.html")
    network_requests, errors = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM or "/usr/bin/chromium",
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on(
            "request",
            lambda r: (
                None if r.url.startswith(("file:", "data:")) else network_requests.append(r.url)
            ),
        )
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(path.as_uri())
        page.wait_for_selector("#mynetwork canvas")
        drawn = page.evaluate(
            """() => ({nodes: nodes.get().map(n => n.id),
                       edges: edges.get().map(e => [e.from, e.to, e.color]),
                       canvas: document.querySelector('#mynetwork canvas').width})"""
        )
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "demo-map.png"))
        browser.close()
    assert network_requests == []
    assert errors == []
    assert drawn["canvas"] > 0
    assert sorted(drawn["nodes"]) == sorted(demo_graph.nodes)
    assert len(drawn["edges"]) == demo_graph.number_of_edges()
    colour = {(a, b): c for a, b, c in drawn["edges"]}
    assert colour["RUS", "PRK"] == COOPERATION
    assert colour["KOR", "PRK"] == CONFLICT


@pytest.mark.slow
@pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="Debian chromium not installed (make test installs it; in CI this test must run)",
)
def test_article_text_never_runs_and_filters_work(demo_graph, tmp_path):
    from playwright.sync_api import sync_playwright

    from geokg.graph.network import Evidence

    graph = demo_graph.copy()
    evil = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
    edge = graph.edges["RUS", "PRK"]
    edge["evidence"] = [Evidence("2024-06-19", "057", 8.0, evil, "javascript:alert(1)")]
    undated = next(d for _a, _b, d in graph.edges(data=True) if d["goldstein"] < 0)
    undated["first"] = undated["last"] = None  # its events carry no date: in no window
    path = write_html(graph, tmp_path / "map.html")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM or "/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        page.goto(path.as_uri())
        page.wait_for_selector("#mynetwork canvas")
        tip = page.evaluate(
            """() => { const e = edges.get().find(e => e.from === "RUS" && e.to === "PRK");
                       return {text: e.title.textContent, tags: e.title.querySelectorAll(
                       "img, script").length, links: e.title.querySelectorAll("a").length}; }"""
        )
        xss = page.evaluate("() => window.__xss === undefined")
        page.select_option("#geokg-kind", "conflict")
        shown = page.evaluate("() => edges.get().filter(e => !e.hidden).map(e => e.color)")
        page.fill("#geokg-since", "2024-08-01")
        dated = page.evaluate("() => edges.get().filter(e => !e.hidden).map(e => e.last)")
        page.fill("#geokg-search", "korea")
        selected = page.evaluate("() => network.getSelectedNodes()")
        browser.close()
    assert evil in tip["text"] and tip["tags"] == 0 and tip["links"] == 0  # no javascript: link
    assert xss
    assert shown and set(shown) == {CONFLICT}
    assert dated and all(last >= "2024-08-01" for last in dated)
    assert selected and selected[0] in ("PRK", "KOR")


def test_static_png_and_svg(demo_graph, tmp_path):
    from geokg.graph.static import write_static

    png = write_static(demo_graph, tmp_path / "map.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    svg = write_static(demo_graph, tmp_path / "map.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        write_static(demo_graph, tmp_path / "map.gif")


def test_large_graphs_are_cut_to_the_strongest_ties_with_a_note():
    import networkx as nx

    from geokg.graph.network import Evidence

    graph = nx.DiGraph()
    for i in range(400):
        a, b = f"A{i}", f"B{i}"
        graph.add_node(a, label=a, events=1)
        graph.add_node(b, label=b, events=1)
        graph.add_edge(a, b, count=1, goldstein=float(i % 20 - 10) or 1.0, cooperation=1,
                       conflict=0, first=None, last=None, mean=1.0,
                       evidence=[Evidence(None, "040", 1.0, "talks", None)])  # fmt: skip
    page = render_html(graph, max_nodes=100)
    assert "700 weaker actors are left out (only the 100 with the strongest ties are drawn)" in page
    assert page.count('"shape": "dot"') == 100
