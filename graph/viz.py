"""The interactive HTML map of alliances and tensions (pyvis), one self-contained file.

Choices, each against a known pyvis trap: the vis-network JavaScript is inlined
(`cdn_resources="in_line"`) and the Bootstrap links pyvis adds in every mode are removed, so the
page requests nothing from the network; the HTML is generated in memory and written only to the
output path (never `show()`, which writes `lib/` into the working directory); positions are
computed once (`geokg.graph.layout`, shared with the static picture) and physics is off, so
the picture is stable and does not keep moving; the view fits the map on load. Tooltips travel
as JSON data (Jinja's tojson escapes it inside the script) and `map.js` builds them as text
nodes with links only to http(s) URLs, so nothing from an article can run as HTML; it also adds
the filters (date window, kind of relation, actor search) and the month histogram with its
slider, drawn from each edge's events per month.
"""

from __future__ import annotations

import html
import json
import re
from importlib.resources import files
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from geokg.graph.layout import FONT, place
from geokg.graph.network import blocs, relations

COOPERATION = "#2e9d4a"
CONFLICT = "#d0342c"
BLOC_COLOURS = (
    "#4e79a7", "#f28e2b", "#76b7b2", "#edc948", "#b07aa1",
    "#ff9da7", "#9c755f", "#59a14f", "#e15759", "#bab0ac",
)  # fmt: skip
MAX_NODES = 300
SHAPES = {"country": "dot", "organisation": "square", "group": "triangle"}
_SPARK = "▁▂▃▄▅▆▇█"
_CDN = re.compile(r"<(link|script)\b[^>]*(https?:)?//[^>]*>(\s*</script>)?", re.S)
_HEADINGS = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>", re.S)

_PAGE_EXTRAS = """
<style>
  body {{ margin: 0; font-family: system-ui, sans-serif; overflow-x: hidden; }}
  #mynetwork {{ box-sizing: border-box; }}
  .card {{ border: 0; }}
  #geokg-time {{ clear: both; padding: 4px 14px; font-size: 13px; box-sizing: border-box;
      width: 100%; }}
  #geokg-bars {{ display: flex; align-items: flex-end; height: 48px; gap: 2px; }}
  #geokg-bars div {{ flex: 1; background: #9aa7b4; min-height: 1px; }}
  #geokg-bars div.geokg-out {{ background: #dde2e7; }}
  #geokg-time input[type=range] {{ width: 100%; margin: 0; display: block; }}
  #geokg-header {{ padding: 8px 14px; border-bottom: 1px solid #ddd; }}
  #geokg-header h1 {{ font-size: 18px; margin: 0 0 4px 0; }}
  #geokg-legend span.swatch {{ display: inline-block; width: 22px; height: 4px;
      vertical-align: middle; margin: 0 4px 0 12px; }}
  #geokg-legend, #geokg-note {{ font-size: 13px; color: #333; }}
  div.vis-tooltip {{ white-space: pre-wrap !important; max-width: 520px; font-size: 12px; }}
  #geokg-filters {{ font-size: 13px; margin-top: 4px; }}
  #geokg-filters label {{ margin-right: 10px; }}
  .geokg-tip-head {{ font-weight: bold; }}
  .geokg-ev {{ margin-top: 3px; }}
</style>
<div id="geokg-header">
  <h1>{title}</h1>
  <div id="geokg-legend">Edges:
    <span class="swatch" style="background:{coop}"></span>cooperation
    <span class="swatch" style="background:{conf}"></span>conflict
    &nbsp;· width = strength · arrow = who acts on whom · node size = centrality ·
    node colour = bloc (communities of positive ties) · ● country ■ organisation
    ▲ armed group</div>
  <div id="geokg-note">{note}</div>
  <div id="geokg-filters">
    <label>from <input type="date" id="geokg-since"></label>
    <label>to <input type="date" id="geokg-until"></label>
    <label>relations <select id="geokg-kind"><option value="all">all</option>
      <option value="cooperation">cooperation</option><option value="conflict">conflict</option>
    </select></label>
    <label>actor <input type="search" id="geokg-search" placeholder="find an actor"></label>
    <span id="geokg-shown"></span>
  </div>
</div>
"""

_TIME_PANEL = """
<div id="geokg-time">
  <div id="geokg-bars" title="events per month"></div>
  <input type="range" id="geokg-month-from" aria-label="first month" min="0" max="0" value="0">
  <input type="range" id="geokg-month-to" aria-label="last month" min="0" max="0" value="0">
  <span id="geokg-window"></span>
</div>
"""


def months_between(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM), both included."""
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def trend(months: dict[str, int]) -> str:
    """Events per month from the earliest month to the latest, as a sparkline:
    '2024-01 █▁▄ 2024-03'."""
    if not months:
        return ""
    span = months_between(min(months), max(months))
    top = max(months.values())
    bars = "".join(_SPARK[(len(_SPARK) - 1) * months.get(m, 0) // top] for m in span)
    return f"trend {span[0]} {bars} {span[-1]} (events per month)"


def _edge_tip(source: str, target: str, data: dict) -> dict:
    """What an edge's tooltip says, as data: map.js renders it as text nodes."""
    lines = [
        f"{data['count']} events, Goldstein sum {data['goldstein']:+.1f} "
        f"(mean {data['mean']:+.1f}); {data['cooperation']} cooperative, "
        f"{data['conflict']} conflictual"
    ]
    if data["first"]:
        lines.append(f"{data['first']} … {data['last']}")
    if data.get("months"):
        lines.append(trend(data["months"]))
    evidence = [
        {"date": ev.date, "cameo": ev.cameo, "sentence": ev.sentence, "url": ev.url}
        for ev in data["evidence"]
    ]
    return {"head": f"{source} → {target}", "lines": lines, "evidence": evidence}


def _plain(tip: dict) -> str:
    """The same tooltip as plain text, shown if scripts are off."""
    rows = [tip["head"], *tip["lines"]]
    rows += [
        f"• {e['date'] or 'undated'} CAMEO {e['cameo']}: {e['sentence']}" for e in tip["evidence"]
    ]
    return "\n".join(rows)


def strongest_subgraph(graph: nx.DiGraph, max_nodes: int) -> nx.DiGraph:
    """Keep the actors with the most total |Goldstein| when the graph is too big to draw."""
    if graph.number_of_nodes() <= max_nodes:
        return graph
    weight = {n: 0.0 for n in graph}
    for a, b, d in graph.edges(data=True):
        weight[a] += abs(d["goldstein"])
        weight[b] += abs(d["goldstein"])
    keep = sorted(graph, key=lambda n: (-weight[n], n))[:max_nodes]
    return graph.subgraph(keep).copy()


def render_html(
    graph: nx.DiGraph,
    title: str = "geokg: alliances and tensions",
    max_nodes: int = MAX_NODES,
    layout: str = "auto",
) -> str:
    """The whole page as a string; `layout` is one of `geokg.graph.layout.LAYOUTS`."""
    shown = strongest_subgraph(graph, max_nodes)
    pairs = relations(shown)
    bloc_of = blocs(pairs) if len(pairs) else {}
    centrality = nx.degree_centrality(pairs) if len(pairs) > 1 else dict.fromkeys(pairs, 1.0)
    where = place(shown, layout)

    # the map's height leaves room for the header above and the month histogram below
    net = Network(height="68vh", width="100%", directed=True, cdn_resources="in_line")
    for node, data in shown.nodes(data=True):
        x, y = where[node]
        head = f"{data['label']} ({node}): {data['events']} events"
        net.add_node(
            node,
            label=data["label"],
            title=head,
            tip={"head": head, "lines": [f"bloc {bloc_of.get(node, 0)}"]},
            value=1 + 20 * centrality.get(node, 0.0),
            color=BLOC_COLOURS[bloc_of.get(node, 0) % len(BLOC_COLOURS)],
            x=float(x),
            y=float(y),
            shape=SHAPES.get(data.get("kind", "country"), "dot"),
        )
    for a, b, data in shown.edges(data=True):
        tip = _edge_tip(shown.nodes[a]["label"], shown.nodes[b]["label"], data)
        net.add_edge(
            a,
            b,
            title=_plain(tip),
            tip=tip,
            kind="cooperation" if data["goldstein"] >= 0 else "conflict",
            first=data["first"],
            last=data["last"],
            months=data.get("months", {}),
            color=COOPERATION if data["goldstein"] >= 0 else CONFLICT,
            width=1 + min(abs(data["goldstein"]), 40) / 4,
            arrows="to",
        )
    options = {
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 120},
        "edges": {"smooth": {"type": "curvedCW", "roundness": 0.15}},
        "nodes": {"font": {"size": FONT}, "scaling": {"min": 8, "max": 30}},
    }
    net.set_options(json.dumps(options))
    page = net.generate_html(name="map.html")
    page = _HEADINGS.sub("", _CDN.sub("", page))
    left_out = graph.number_of_nodes() - shown.number_of_nodes()
    note = f"{shown.number_of_nodes()} actors, {shown.number_of_edges()} directed relations." + (
        f" {left_out} weaker actors are left out (only the {max_nodes} with the strongest "
        "ties are drawn)."
        if left_out
        else ""
    )
    extras = _PAGE_EXTRAS.format(
        title=html.escape(title), note=html.escape(note), coop=COOPERATION, conf=CONFLICT
    )
    script = files("geokg.graph").joinpath("map.js").read_text("utf-8")
    page = page.replace("<body>", "<body>" + extras, 1)
    return page.replace("</body>", f"{_TIME_PANEL}<script>\n{script}</script>\n</body>", 1)


def write_html(graph: nx.DiGraph, output: str | Path, **options) -> Path:
    """Write the map to `output` and nowhere else."""
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(graph, **options), encoding="utf-8")
    return path
