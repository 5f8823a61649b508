// geokg map: tooltips built as DOM nodes from data (text only, never parsed as HTML, links only
// to http(s) article URLs), and filters by date window, kind of relation and actor name.
(function () {
  "use strict";
  const allEdges = edges.get();

  function line(text, className) {
    const div = document.createElement("div");
    if (className) div.className = className;
    div.textContent = text;
    return div;
  }

  function tooltip(tip) {
    const box = document.createElement("div");
    box.className = "geokg-tip";
    box.appendChild(line(tip.head, "geokg-tip-head"));
    for (const text of tip.lines || []) box.appendChild(line(text));
    for (const ev of tip.evidence || []) {
      const item = line(`${ev.date || "undated"} · CAMEO ${ev.cameo} · ${ev.sentence}`, "geokg-ev");
      if (ev.url && /^https?:\/\//i.test(ev.url)) {
        const link = document.createElement("a");
        link.href = ev.url;
        link.textContent = "article";
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        item.append(" ", link);
      }
      box.appendChild(item);
    }
    return box;
  }

  nodes.update(nodes.get().filter((n) => n.tip).map((n) => ({ id: n.id, title: tooltip(n.tip) })));
  edges.update(allEdges.filter((e) => e.tip).map((e) => ({ id: e.id, title: tooltip(e.tip) })));

  const since = document.getElementById("geokg-since");
  const until = document.getElementById("geokg-until");
  const kind = document.getElementById("geokg-kind");
  const search = document.getElementById("geokg-search");
  const shown = document.getElementById("geokg-shown");

  function visible(edge) {
    if (kind.value !== "all" && edge.kind !== kind.value) return false;
    if ((since.value || until.value) && !edge.last) return false; // undated: in no window
    if (since.value && edge.last < since.value) return false;
    if (until.value && edge.first > until.value) return false;
    return true;
  }

  function applyFilters() {
    const updates = allEdges.map((e) => ({ id: e.id, hidden: !visible(e) }));
    edges.update(updates);
    shown.textContent = `${updates.filter((u) => !u.hidden).length} of ${allEdges.length} relations shown`;
  }

  function findActor() {
    const wanted = search.value.trim().toLowerCase();
    if (!wanted) {
      network.unselectAll();
      return;
    }
    const match = nodes.get().find((n) => String(n.label).toLowerCase().includes(wanted));
    if (match) {
      network.selectNodes([match.id]);
      network.focus(match.id, { scale: 1.0, animation: false });
    }
  }

  for (const control of [since, until, kind]) control.addEventListener("change", applyFilters);
  search.addEventListener("input", findActor);
  applyFilters();
})();
