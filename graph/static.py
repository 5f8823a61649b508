"""A static picture of the same network for reports: PNG or SVG, drawn with matplotlib.

Same positions, bloc colours, edge colours and widths as the HTML map, without a browser.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from matplotlib.figure import Figure  # the object API: no pyplot state, never a window

from geokg.graph.network import blocs, relations
from geokg.graph.viz import (
    BLOC_COLOURS,
    CONFLICT,
    COOPERATION,
    MAX_NODES,
    component_layout,
    strongest_subgraph,
)


def write_static(
    graph: nx.DiGraph,
    output: str | Path,
    title: str = "geokg: alliances and tensions",
    max_nodes: int = MAX_NODES,
) -> Path:
    """Write the network as PNG or SVG (by the file's suffix) and return the path."""
    path = Path(output)
    if path.suffix.lower() not in (".png", ".svg"):
        raise ValueError(f"a static map is .png or .svg, not {path.suffix or 'no suffix'}")
    shown = strongest_subgraph(graph, max_nodes)
    pairs = relations(shown)
    bloc_of = blocs(pairs) if len(pairs) else {}
    positions = component_layout(pairs)
    degree = dict(pairs.degree())
    figure = Figure(figsize=(14, 9), dpi=110)
    axes = figure.subplots()
    axes.set_title(title)
    axes.axis("off")
    nx.draw_networkx_edges(
        shown, positions, ax=axes, arrows=True, arrowsize=12, connectionstyle="arc3,rad=0.12",
        edge_color=[COOPERATION if d["goldstein"] >= 0 else CONFLICT
                    for _, _, d in shown.edges(data=True)],
        width=[0.6 + min(abs(d["goldstein"]), 40) / 8 for _, _, d in shown.edges(data=True)],
    )  # fmt: skip
    nx.draw_networkx_nodes(
        shown, positions, ax=axes,
        node_color=[BLOC_COLOURS[bloc_of.get(n, 0) % len(BLOC_COLOURS)] for n in shown],
        node_size=[120 + 90 * degree.get(n, 0) for n in shown],
    )  # fmt: skip
    nx.draw_networkx_labels(
        shown, positions, ax=axes, font_size=9,
        labels={n: d["label"] for n, d in shown.nodes(data=True)},
    )  # fmt: skip
    left_out = graph.number_of_nodes() - shown.number_of_nodes()
    note = f"{shown.number_of_nodes()} actors, {shown.number_of_edges()} relations"
    if left_out:
        note += f"; {left_out} weaker actors left out"
    figure.text(0.01, 0.01, note + ". Green: cooperation, red: conflict.", fontsize=9)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, bbox_inches="tight")
    return path
