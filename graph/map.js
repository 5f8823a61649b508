// geokg map: tooltips built as DOM nodes from data (text only, never parsed as HTML, links only
// to http(s) article URLs), filters by date window, kind of relation and actor name, and a
// histogram of events per month whose slider shows only the relations with events in its window.
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
  const monthFrom = document.getElementById("geokg-month-from");
  const monthTo = document.getElementById("geokg-month-to");
  const windowText = document.getElementById("geokg-window");
  const bars = document.getElementById("geokg-bars");

  // Every month from the earliest to the latest event, and the events of each.
  const perMonth = {};
  for (const e of allEdges) {
    for (const [month, n] of Object.entries(e.months || {})) perMonth[month] = (perMonth[month] || 0) + n;
  }
  const months = [];
  const known = Object.keys(perMonth).sort();
  if (known.length) {
    let [year, month] = known[0].split("-").map(Number);
    for (;;) {
      const key = `${year}-${String(month).padStart(2, "0")}`;
      if (key > known[known.length - 1]) break;
      months.push(key);
      [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    }
  }
  const top = Math.max(1, ...Object.values(perMonth));
  for (const month of months) {
    const bar = document.createElement("div");
    bar.style.height = `${(100 * (perMonth[month] || 0)) / top}%`;
    bar.title = `${month}: ${perMonth[month] || 0} events`;
    bars.appendChild(bar);
  }
  for (const slider of [monthFrom, monthTo]) slider.max = String(Math.max(0, months.length - 1));
  monthTo.value = monthTo.max;

  function inMonths(edge) {
    const first = Number(monthFrom.value);
    const last = Number(monthTo.value);
    if (!months.length || (first === 0 && last === months.length - 1)) return true;
    return months.slice(first, last + 1).some((m) => (edge.months || {})[m]);
  }

  function visible(edge) {
    if (kind.value !== "all" && edge.kind !== kind.value) return false;
    if ((since.value || until.value) && !edge.last) return false; // undated: in no window
    if (since.value && edge.last < since.value) return false;
    if (until.value && edge.first > until.value) return false;
    return inMonths(edge);
  }

  function moveSlider(event) {
    if (Number(monthFrom.value) > Number(monthTo.value)) {
      if (event && event.target === monthFrom) monthTo.value = monthFrom.value;
      else monthFrom.value = monthTo.value;
    }
    const first = Number(monthFrom.value);
    const last = Number(monthTo.value);
    [...bars.children].forEach((bar, i) => bar.classList.toggle("geokg-out", i < first || i > last));
    const events = months.slice(first, last + 1).reduce((sum, m) => sum + (perMonth[m] || 0), 0);
    windowText.textContent = months.length
      ? `${months[first]} – ${months[last]}: ${events} events (drag the sliders to choose the months)`
      : "no dated events";
    applyFilters();
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
  for (const slider of [monthFrom, monthTo]) slider.addEventListener("input", moveSlider);
  search.addEventListener("input", findActor);
  moveSlider();
  network.fit({ animation: false });
})();
