"""A static picture of the same network for reports: PNG or SVG, drawn with matplotlib.

Same positions (`geokg.graph.layout`), shapes, bloc colours, edge colours and widths as the
HTML map, without a browser. Each label takes the first place around its node (below, above,
right, left, then further out) where it overlaps no label placed before it; the best-connected
actors choose first.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure  # the object API: no pyplot state, never a window
from matplotlib.transforms import Bbox

from geokg.graph.layout import place
from geokg.graph.network import blocs, relations
from geokg.graph.viz import BLOC_COLOURS, CONFLICT, COOPERATION, MAX_NODES, strongest_subgraph

MARKERS = {"country": "o", "organisation": "s", "group": "^"}
_OFFSETS = [(0, -1), (0, 1), (1, 0), (-1, 0), (1, -1), (-1, -1), (1, 1), (-1, 1)]


def write_static(
    graph: nx.DiGraph,
    output: str | Path,
    title: str = "geokg: alliances and tensions",
    max_nodes: int = MAX_NODES,
    layout: str = "auto",
) -> Path:
    """Write the network as PNG or SVG (by the file's suffix) and return the path."""
    path = Path(output)
    if path.suffix.lower() not in (".png", ".svg"):
        raise ValueError(f"a static map is .png or .svg, not {path.suffix or 'no suffix'}")
    figure, _ = draw(graph, title, max_nodes, layout)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, bbox_inches="tight")
    return path


def draw(
    graph: nx.DiGraph, title: str, max_nodes: int = MAX_NODES, layout: str = "auto"
) -> tuple[Figure, list[Bbox]]:
    """The figure and the boxes (in pixels) of its labels."""
    shown = strongest_subgraph(graph, max_nodes)
    pairs = relations(shown)
    bloc_of = blocs(pairs) if len(pairs) else {}
    positions = {n: (x, -y) for n, (x, y) in place(shown, layout).items()}  # y grows upwards
    degree = dict(pairs.degree())
    figure = Figure(figsize=(14, 9), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.subplots()
    axes.set_title(title)
    axes.axis("off")
    nx.draw_networkx_edges(
        shown, positions, ax=axes, arrows=True, arrowsize=12, connectionstyle="arc3,rad=0.12",
        edge_color=[COOPERATION if d["goldstein"] >= 0 else CONFLICT
                    for _, _, d in shown.edges(data=True)],
        width=[0.6 + min(abs(d["goldstein"]), 40) / 8 for _, _, d in shown.edges(data=True)],
    )  # fmt: skip
    for kind, marker in MARKERS.items():
        members = [n for n, d in shown.nodes(data=True) if d.get("kind", "country") == kind]
        nx.draw_networkx_nodes(
            shown, positions, nodelist=members, ax=axes, node_shape=marker,
            node_color=[BLOC_COLOURS[bloc_of.get(n, 0) % len(BLOC_COLOURS)] for n in members],
            node_size=[120 + 90 * degree.get(n, 0) for n in members],
        )  # fmt: skip
    boxes = _labels(axes, shown, positions, degree)
    left_out = graph.number_of_nodes() - shown.number_of_nodes()
    note = f"{shown.number_of_nodes()} actors, {shown.number_of_edges()} relations"
    if left_out:
        note += f"; {left_out} weaker actors left out"
    figure.text(
        0.01, 0.01, note + ". Green: cooperation, red: conflict. ● country ■ organisation "
        "▲ armed group.", fontsize=9,
    )  # fmt: skip
    return figure, boxes


def _labels(axes, graph: nx.DiGraph, positions: dict, degree: dict) -> list[Bbox]:
    """Place each label where it overlaps no earlier one; returns the boxes placed."""
    renderer = axes.figure.canvas.get_renderer()
    placed: list[Bbox] = []
    for node in sorted(graph, key=lambda n: (-degree.get(n, 0), n)):
        text = axes.annotate(
            graph.nodes[node]["label"], positions[node], textcoords="offset points",
            fontsize=9, ha="center", va="center", xytext=(0, -12),
        )  # fmt: skip
        box = None
        for reach in (12, 22, 34):
            for dx, dy in _OFFSETS:
                text.set_position((dx * (reach + 2 * len(text.get_text())), dy * reach))
                box = text.get_window_extent(renderer).padded(1)
                if not any(box.overlaps(other) for other in placed):
                    break
            else:
                continue
            break
        placed.append(box)
    return placed
