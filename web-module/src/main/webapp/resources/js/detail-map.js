// The report detail's map: the reported point, when there is one and Leaflet loaded.
(function () {
    var box = document.getElementById('detail-map');
    if (!box || !window.L) { if (box) { box.style.display = 'none'; } return; }
    var point = [parseFloat(box.dataset.lat), parseFloat(box.dataset.lon)];
    var map = L.map(box).setView(point, 17);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 19, attribution: '&copy; OpenStreetMap' }).addTo(map);
    L.marker(point).addTo(map);
})();
