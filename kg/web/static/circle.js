// A person's circle drawn with Cytoscape.js (shipped in static/vendor): the center in the
// middle, rings by distance; pan and zoom; hover says why a tie exists; a click opens
// the person's page. The table below the drawing holds the same persons without it.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("circle-data").textContent);
  var tell = document.getElementById("tie");
  var elements = data.nodes.map(function (n) {
    return { group: "nodes", data: { id: n.id, label: n.name, colour: n.colour,
      ring: n.ring, province: n.province, distance: n.distance } };
  }).concat(data.ties.map(function (t) {
    return { group: "edges", data: { id: t.a + "|" + t.b, source: t.a, target: t.b,
      weight: t.weight, why: t.why } };
  }));
  var heaviest = Math.max.apply(null, data.ties.map(function (t) { return t.weight; }).concat([1]));
  var cy = cytoscape({
    container: document.getElementById("graph"),
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", label: "data(label)",
        "font-size": 10, "text-valign": "bottom", "text-margin-y": 3, width: 18, height: 18 } },
      { selector: "node[id = '" + data.center.replace(/'/g, "\\'") + "']",
        style: { "border-width": 4, "border-color": "#c0392b", width: 28, height: 28 } },
      { selector: "edge", style: { "line-color": "#7f8c8d", opacity: 0.5,
        width: function (e) { return 1 + 5 * e.data("weight") / heaviest; } } },
      { selector: ".hover", style: { "line-color": "#e0a000", opacity: 1 } }
    ],
    layout: { name: "concentric", concentric: function (n) { return 100 - n.data("ring"); },
      levelWidth: function () { return 1; }, minNodeSpacing: 48, animate: false }
  });
  if (cy.zoom() > 2) { // a small circle is not blown up to fill the box
    cy.zoom(2);
    cy.center();
  }
  cy.on("mouseover", "edge", function (e) {
    e.target.addClass("hover");
    tell.textContent = e.target.source().data("label") + " – " + e.target.target().data("label") +
      ": " + e.target.data("why");
  });
  cy.on("mouseout", "edge", function (e) { e.target.removeClass("hover"); });
  cy.on("mouseover", "node", function (e) {
    var n = e.target;
    tell.textContent = n.data("label") + (n.data("province") ? " (" + n.data("province") + ")" : "") +
      (n.id() === data.center ? "" : ": " + (cy.getElementById(data.center).edgesWith(n).data("why") ||
      "cách " + n.data("distance")));
  });
  cy.on("tap", "node", function (e) {
    window.location.href = "/person/" + encodeURIComponent(e.target.id()).replace(/%3A/g, ":").replace(/%40/g, "@");
  });
  window.kgCircle = cy; // for the browser test, which clicks a drawn person
})();
