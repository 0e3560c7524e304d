/* ocgmap interactive map. Every piece of text from the data goes into the page through
   textContent or as canvas text, never as HTML: names come from reports. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("map-data").textContent);
  var statusEl = document.getElementById("status");
  var panel = document.getElementById("panel");

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function setStatus(state, text) {
    statusEl.setAttribute("data-state", state);
    statusEl.textContent = text;
  }

  var labelStyle = data.styles.labels, typeStyle = data.styles.types;
  var fallbackNode = data.styles.defaultNode, fallbackEdge = data.styles.defaultEdge;
  function nodeStyle(label) { return labelStyle[label] || fallbackNode; }
  function edgeStyle(type) { return typeStyle[type] || fallbackEdge; }

  var groups = {};
  data.groups.forEach(function (g, i) { groups[g] = data.styles.groupPalette[i % data.styles.groupPalette.length]; });

  function tooltip(text) { var t = el("div", text); t.style.whiteSpace = "pre-line"; return t; }

  var byId = {};
  var visNodes = data.nodes.map(function (n) {
    byId[n.id] = n;
    var s = nodeStyle(n.label);
    var v = {
      id: n.id, label: n.name, shape: s.shape, size: 8 + 22 * n.hub,
      color: { background: s.color, border: s.border, highlight: { background: s.color, border: "#000" } },
      borderWidth: n.id === data.focus ? 5 : 1,
      title: tooltip(n.name + "\n" + n.label + (n.group ? "\ngroup " + n.group : "")),
      font: { size: 12 + Math.round(8 * n.hub) }
    };
    if (n.x !== null && n.x !== undefined) { v.x = n.x; v.y = n.y; }
    return v;
  });
  var edgeById = {};
  var visEdges = data.edges.map(function (e) {
    edgeById[e.id] = e;
    var s = edgeStyle(e.type);
    return {
      id: e.id, from: e.source, to: e.target, arrows: "to",
      color: { color: s.color, highlight: "#000" }, width: s.width,
      dashes: s.dashes.length ? s.dashes : false,
      title: tooltip(e.type)
    };
  });

  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var hiddenLabels = {}, hiddenTypes = {}, onlyIds = null;
  var nodeView = new vis.DataView(nodes, { filter: function (n) {
    return !hiddenLabels[byId[n.id].label] && (onlyIds === null || onlyIds[n.id]);
  } });
  var edgeView = new vis.DataView(edges, { filter: function (e) {
    return !hiddenTypes[edgeById[e.id].type];
  } });

  var physics = data.layout === "physics";
  var options = {
    autoResize: true,
    layout: { improvedLayout: data.nodes.length <= 150, randomSeed: 7 },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.nodes.length > 1000 },
    edges: { smooth: false, font: { size: 10 } },
    nodes: { font: { face: "system-ui, Arial, sans-serif" } },
    physics: physics ? {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -3000, springLength: 120, avoidOverlap: 0.1 },
      stabilization: { enabled: true, iterations: data.stabilizationIterations, updateInterval: 25, fit: true }
    } : { enabled: false }
  };

  setStatus("loading", "Laying out " + data.nodes.length + " nodes…");
  var network = new vis.Network(document.getElementById("network"),
    { nodes: nodeView, edges: edgeView }, options);
  window.ocgmapNetwork = network;

  function settled() {
    network.setOptions({ physics: { enabled: false } });
    if (data.focus && byId[data.focus]) {
      network.selectNodes([data.focus]);
    }
    network.fit({ animation: false });
    setStatus("settled", data.nodes.length + " nodes, " + data.edges.length + " links");
    document.body.setAttribute("data-settled", String(Date.now()));
  }
  if (physics) {
    network.once("stabilizationIterationsDone", settled);
    network.on("stabilizationProgress", function (p) {
      setStatus("loading", "Laying out… " + Math.round(100 * p.iterations / p.total) + "%");
    });
  } else {
    network.once("afterDrawing", settled);
  }

  /* ---- notes, legend and filters ---- */
  var notes = document.getElementById("notes");
  data.notes.forEach(function (text) { notes.appendChild(el("p", text)); });

  function countBy(items, key) {
    var c = {};
    items.forEach(function (i) { c[i[key]] = (c[i[key]] || 0) + 1; });
    return c;
  }
  function filterList(container, counts, swatch, hidden, view) {
    Object.keys(counts).sort().forEach(function (name) {
      var label = el("label");
      var box = el("input");
      box.type = "checkbox"; box.checked = true; box.value = name;
      box.setAttribute("data-filter", name);
      box.addEventListener("change", function () {
        if (box.checked) { delete hidden[name]; } else { hidden[name] = true; }
        view.refresh();
        if (view === nodeView) { edgeView.refresh(); }
      });
      label.appendChild(box);
      label.appendChild(swatch(name));
      label.appendChild(el("span", name));
      label.appendChild(el("span", counts[name], "count"));
      container.appendChild(label);
    });
  }
  filterList(document.getElementById("label-filters"), countBy(data.nodes, "label"), function (name) {
    var s = nodeStyle(name), sw = el("span", null, "swatch " + s.shape);
    sw.style.background = s.color;
    return sw;
  }, hiddenLabels, nodeView);
  filterList(document.getElementById("type-filters"), countBy(data.edges, "type"), function (name) {
    var s = edgeStyle(name), sw = el("span", null, "line");
    sw.style.borderTopColor = s.color;
    sw.style.borderTopStyle = s.dashes.length ? (s.dashes[0] < 4 ? "dotted" : "dashed") : "solid";
    return sw;
  }, hiddenTypes, edgeView);

  var colourBy = document.getElementById("colour-by");
  if (!data.groups.length) { colourBy.disabled = true; colourBy.title = "No organised groups in this map"; }
  colourBy.addEventListener("change", function () {
    var byGroup = colourBy.value === "group";
    nodes.update(data.nodes.map(function (n) {
      var s = nodeStyle(n.label);
      var fill = byGroup ? (n.group ? groups[n.group] : "#E0E0E0") : s.color;
      return { id: n.id, color: { background: fill, border: s.border, highlight: { background: fill, border: "#000" } } };
    }));
  });

  /* ---- search and neighbourhood focus ---- */
  var search = document.getElementById("search");
  var matches = document.getElementById("matches");
  function showNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    showNodePanel(byId[id]);
  }
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    matches.textContent = "";
    if (!q) { return; }
    var found = data.nodes.filter(function (n) { return n.name.toLowerCase().indexOf(q) >= 0; });
    found.slice(0, 30).forEach(function (n) {
      var b = el("button", n.name + " (" + n.label + ")");
      b.type = "button";
      b.addEventListener("click", function () { showNode(n.id); });
      matches.appendChild(b);
    });
    if (found.length > 30) { matches.appendChild(el("p", (found.length - 30) + " more…", "hint")); }
    if (!found.length) { matches.appendChild(el("p", "No match", "hint")); }
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var first = matches.querySelector("button");
      if (first) { first.click(); }
    }
  });

  var adjacency = {};
  data.edges.forEach(function (e) {
    (adjacency[e.source] = adjacency[e.source] || []).push(e.target);
    (adjacency[e.target] = adjacency[e.target] || []).push(e.source);
  });
  function focusOn(id, hops) {
    var seen = {}; seen[id] = true;
    var frontier = [id];
    for (var h = 0; h < hops; h++) {
      var next = [];
      frontier.forEach(function (n) {
        (adjacency[n] || []).forEach(function (m) { if (!seen[m]) { seen[m] = true; next.push(m); } });
      });
      frontier = next;
    }
    onlyIds = seen;
    nodeView.refresh(); edgeView.refresh();
    network.fit({ nodes: Object.keys(seen), animation: false });
  }
  document.getElementById("show-all").addEventListener("click", function () {
    onlyIds = null; nodeView.refresh(); edgeView.refresh(); network.fit({ animation: false });
  });

  /* ---- the side panel ---- */
  function propsTable(props) {
    var t = el("table");
    Object.keys(props).sort().forEach(function (k) {
      var v = props[k];
      var row = el("tr");
      row.appendChild(el("td", k));
      row.appendChild(el("td", Array.isArray(v) ? v.join(", ") : v));
      t.appendChild(row);
    });
    return t;
  }
  function evidenceList(items) {
    var box = el("div");
    if (!items.length) { box.appendChild(el("p", "No evidence sentences stored.", "hint")); }
    items.forEach(function (ev) {
      var r = data.reports[ev[0]] || ["", "", ""];
      var item = el("div", null, "evidence");
      item.appendChild(el("div", ev[1]));
      var src = [ev[0]];
      if (r[1]) { src.push(r[1]); }
      src.push(r[2] ? "graded " + r[2] : "ungraded");
      if (r[0]) { src.push(r[0]); }
      item.appendChild(el("div", src.join(" · "), "source"));
      box.appendChild(item);
    });
    return box;
  }
  function section(title, child) {
    panel.appendChild(el("h3", title));
    panel.appendChild(child);
  }
  function showNodePanel(n) {
    panel.textContent = "";
    panel.appendChild(el("h2", n.name));
    panel.appendChild(el("div", n.label + (n.group ? " · group " + n.group : ""), "kind"));
    var actions = el("div", null, "panel-actions");
    [1, 2, 3].forEach(function (h) {
      var b = el("button", "Focus: " + h + " link" + (h > 1 ? "s" : ""));
      b.type = "button";
      b.addEventListener("click", function () { focusOn(n.id, h); });
      actions.appendChild(b);
    });
    panel.appendChild(actions);
    var roles = n.props.roles;
    if (roles && roles.length) { section("Roles", el("p", roles.join(", "))); }
    section("Properties", propsTable(n.props));
    section("Reports", el("p", n.reports.join(", ")));
    section("Evidence", evidenceList(n.evidence));
  }
  function showEdgePanel(e) {
    panel.textContent = "";
    var from = byId[e.source], to = byId[e.target];
    panel.appendChild(el("h2", (from ? from.name : e.source) + " → " + (to ? to.name : e.target)));
    panel.appendChild(el("div", e.type, "kind"));
    section("Properties", propsTable(e.props));
    section("Reports", el("p", e.reports.join(", ")));
    section("Evidence", evidenceList(e.evidence));
  }
  network.on("click", function (params) {
    if (params.nodes.length) { showNodePanel(byId[params.nodes[0]]); }
    else if (params.edges.length) { showEdgePanel(edgeById[params.edges[0]]); }
  });
  window.ocgmapShow = function (id) {
    if (byId[id]) { showNodePanel(byId[id]); } else if (edgeById[id]) { showEdgePanel(edgeById[id]); }
  };
})();
