/* Draws each <div data-map> with Leaflet (static/vendor/leaflet). The address and directions link
   beside it work without this script and without tiles; see docs/maps.md. */
(function () {
  "use strict";
  if (!window.L) return;
  document.querySelectorAll("[data-map]").forEach(function (el) {
    if (el.dataset.mapReady) return;
    el.dataset.mapReady = "1";
    var points = JSON.parse(el.dataset.points || "[]");
    if (!points.length) return;
    el.hidden = false;
    var map = L.map(el, { scrollWheelZoom: false, zoomControl: false, attributionControl: false });
    L.control.zoom({ zoomInTitle: el.dataset.zoomIn, zoomOutTitle: el.dataset.zoomOut }).addTo(map);
    var credit = L.control.attribution({ prefix: false }).addTo(map);
    var link = document.createElement("a");
    link.href = el.dataset.attributionUrl || "https://www.openstreetmap.org/copyright";
    link.rel = "noopener external";
    link.textContent = el.dataset.attribution;
    credit.addAttribution(link.outerHTML);
    L.tileLayer(el.dataset.tiles, { maxZoom: 18 }).addTo(map);
    var icon = L.icon({
      iconUrl: el.dataset.icon, iconRetinaUrl: el.dataset.icon2x, shadowUrl: el.dataset.shadow,
      iconSize: [25, 41], iconAnchor: [12, 41], popupAnchor: [1, -34], shadowSize: [41, 41]
    });
    var bounds = [];
    points.forEach(function (point) {
      var marker = L.marker([point.lat, point.lon], { icon: icon, title: point.label, alt: point.label }).addTo(map);
      if (point.url) {
        var a = document.createElement("a");
        a.href = point.url;
        a.textContent = point.label;
        marker.bindPopup(a);
      }
      bounds.push([point.lat, point.lon]);
    });
    if (bounds.length === 1) map.setView(bounds[0], 13);
    else map.fitBounds(bounds, { padding: [24, 24], maxZoom: 12 });
  });
})();
