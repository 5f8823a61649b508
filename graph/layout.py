"""Where each actor goes on the map: one function for the HTML map (`geokg viz`, `/map`, the
notebook) and the static picture, so they all show the same picture.

Positions are pixels of a `WIDTH` x `HEIGHT` box, the map's area in a 1400x900 window at zoom 1,
so the map fits the view at about zoom 1 and its labels keep their size in pixels.

- "groups": each connected group laid out on its own (seeded spring layout), the groups packed
  largest first into rows that wrap, so the whole fits the box's shape instead of a strip.
- "geo": countries at their capitals (`ontology/gazetteer/country_coordinates.tsv`, GeoNames),
  in an equirectangular projection of the region the actors span; an organisation at the
  centre of its member states, an armed group beside the country it is based in; actors with
  no place (the UN, a country without coordinates) in a band on the right.
- "auto": geo when most actors are countries with coordinates, groups otherwise.

Both end with a pass that pushes overlapping labels apart (a node moves away from its
neighbour along the axis where they overlap least; the order west to east is kept).
"""

from __future__ import annotations

from functools import cache

import networkx as nx
import numpy as np

from geokg.ontology import read_table

WIDTH, HEIGHT = 1400.0, 620.0
LAYOUTS = ("auto", "groups", "geo")
FONT = 16  # label size in map units: 16 px at zoom 1
_CHAR = 0.55 * FONT  # the width of an average character of the label font
_MARGIN = 40.0

Positions = dict[str, tuple[float, float]]


@cache
def capitals() -> dict[str, tuple[float, float]]:
    """ISO3 -> (longitude, latitude) of the country's capital."""
    return {
        row["iso3"]: (float(row["longitude"]), float(row["latitude"]))
        for row in read_table("gazetteer/country_coordinates.tsv")
    }


def choose(graph: nx.Graph) -> str:
    """ "geo" when more than half of the actors are countries with coordinates."""
    placed = sum(1 for n, d in graph.nodes(data=True) if _kind(d) == "country" and n in capitals())
    return "geo" if graph.number_of_nodes() and placed * 2 > graph.number_of_nodes() else "groups"


def place(graph: nx.Graph, kind: str = "auto") -> Positions:
    """Positions of every node of the actor graph in the box, labels apart."""
    if kind not in LAYOUTS:
        raise ValueError(f"unknown layout {kind!r}: choose from {', '.join(LAYOUTS)}")
    if not graph:
        return {}  # an empty store: nothing to place
    if kind == "auto":
        kind = choose(graph)
    raw = geographic(graph) if kind == "geo" else packed(nx.Graph(graph))
    return _spread(graph, _fit(raw))


def _kind(data: dict) -> str:
    return data.get("kind", "country")


def packed(pairs: nx.Graph) -> Positions:
    """Connected groups, largest first, in rows that wrap at the box's aspect ratio."""
    boxes = []
    for members in sorted(nx.connected_components(pairs), key=lambda c: (-len(c), sorted(c))):
        if len(members) == 1:
            local = {next(iter(members)): np.zeros(2)}
        else:
            group = pairs.subgraph(members)
            spread = 3.0 / len(members) ** 0.5  # wider than the default, labels need room
            local = nx.spring_layout(
                group, k=spread, seed=7, scale=len(members) ** 0.5, iterations=300
            )
        points = np.array(list(local.values()))
        low = points.min(axis=0) - 0.6
        size = points.max(axis=0) + 0.6 - low
        boxes.append(({n: np.asarray(p) - low for n, p in local.items()}, size))
    area = sum(float(w * h) for _, (w, h) in boxes)
    row_width = max(max(w for _, (w, _h) in boxes), (area * WIDTH / HEIGHT) ** 0.5)
    positions: Positions = {}
    x = y = row_height = 0.0
    for local, (w, h) in boxes:
        if x and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in local.items():
            positions[node] = (x + float(px), y + float(py))
        x, row_height = x + w, max(row_height, h)
    return positions


def geographic(graph: nx.Graph) -> Positions:
    """Longitude and latitude (north up), organisations at their members' centre, armed
    groups beside their base, the rest in a band on the right."""
    where = capitals()
    positions: Positions = {}
    for node, data in graph.nodes(data=True):
        kind = _kind(data)
        if kind == "country" and node in where:
            lon, lat = where[node]
        elif kind == "organisation" and any(m in where for m in data.get("members", ())):
            placed = [where[m] for m in data["members"] if m in where]
            lon, lat = (sum(c) / len(placed) for c in zip(*placed, strict=True))
        elif kind == "group" and data.get("base") in where:
            lon, lat = where[data["base"]]
            lat -= 3.0  # just south of its country, which may be on the map too
        else:
            continue
        positions[node] = (lon, -lat)
    unplaced = sorted(n for n in graph if n not in positions)
    if positions:
        xs, ys = zip(*positions.values(), strict=True)
        right, top, height = max(xs), min(ys), max(max(ys) - min(ys), 10.0)
    else:
        right, top, height = 0.0, 0.0, 10.0
    step = height / max(len(unplaced) - 1, 1)
    band = right + max(height / 4, 8.0)
    for i, node in enumerate(unplaced):
        positions[node] = (band, top + i * step)
    return positions


def _fit(positions: Positions) -> Positions:
    """Scale and centre the positions into the box, the same scale on both axes."""
    if not positions:
        return {}
    points = np.array(list(positions.values()), dtype=float)
    low, high = points.min(axis=0), points.max(axis=0)
    span = np.maximum(high - low, 1e-9)
    room = np.array([WIDTH, HEIGHT]) - 2 * _MARGIN
    scale = float(min(room / span))
    if len(points) == 1 or not np.isfinite(scale):
        scale = 0.0
    centre = (low + high) / 2
    fitted = (points - centre) * scale + np.array([WIDTH, HEIGHT]) / 2
    return {n: (float(x), float(y)) for n, (x, y) in zip(positions, fitted, strict=True)}


def _spread(graph: nx.Graph, positions: Positions, rounds: int = 60) -> Positions:
    """Push apart nodes whose labels (below the node) would overlap, then refit to the box."""
    if len(positions) < 2:
        return positions
    nodes = list(positions)
    points = np.array([positions[n] for n in nodes], dtype=float)
    widths = np.array([len(str(graph.nodes[n].get("label", n))) * _CHAR + 20 for n in nodes])
    heights = np.full(len(nodes), FONT + 30.0)  # the node and its label under it
    order = np.arange(len(nodes))  # ties (same place) break by node order
    for _ in range(rounds):
        dx = points[:, None, 0] - points[None, :, 0]
        dy = points[:, None, 1] - points[None, :, 1]
        over_x = (widths[:, None] + widths[None, :]) / 2 - np.abs(dx)
        over_y = (heights[:, None] + heights[None, :]) / 2 - np.abs(dy)
        np.fill_diagonal(over_x, -1)
        clash = (over_x > 0) & (over_y > 0)
        if not clash.any():
            break
        tie = np.sign(order[:, None] - order[None, :])
        sx = np.where(dx != 0, np.sign(dx), tie)
        sy = np.where(dy != 0, np.sign(dy), tie)
        along_x = clash & (over_x / widths.mean() <= over_y / heights.mean())
        along_y = clash & ~along_x
        points[:, 0] += (np.where(along_x, sx * over_x, 0) / 2).sum(axis=1) * 0.5
        points[:, 1] += (np.where(along_y, sy * over_y, 0) / 2).sum(axis=1) * 0.5
    return _fit({n: (float(x), float(y)) for n, (x, y) in zip(nodes, points, strict=True)})
