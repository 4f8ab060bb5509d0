// The transparency dashboard: tables sorted by a click on a column header (the tables are the map's
// accessible equivalent and work without this), the colonias' circles on the map, and the
// "fechas elegidas" choice picked when a date is typed.
(function () {
    document.querySelectorAll('table.sortable').forEach(function (table) {
        var headers = table.querySelectorAll('thead th');
        headers.forEach(function (th, column) {
            var button = th.querySelector('button.sort');
            if (!button) { return; }
            button.addEventListener('click', function () {
                var numeric = button.dataset.type === 'number';
                // a first click sorts names A to Z and figures largest first; a second one turns it round
                var now = th.getAttribute('aria-sort');
                var descending = now === 'ascending' || (now !== 'descending' && numeric);
                headers.forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
                th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                    var x = a.cells[column], y = b.cells[column];
                    var r = numeric ? parseFloat(x.dataset.value) - parseFloat(y.dataset.value)
                        : x.textContent.trim().localeCompare(y.textContent.trim(), document.documentElement.lang);
                    return descending ? -r : r;
                });
                rows.forEach(function (row) { body.appendChild(row); });
            });
        });
    });
    ['desde', 'hasta'].forEach(function (id) {
        var input = document.getElementById(id), custom = document.getElementById('periodo-fechas');
        if (input && custom) {
            input.addEventListener('change', function () { custom.checked = true; });
        }
    });
    var box = document.getElementById('colonia-map');
    if (!box || !window.L) { return; }
    var points = JSON.parse(box.dataset.points || '[]');
    var map = L.map(box, {scrollWheelZoom: false}).setView([19.2549, -99.6047], 12);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 19, attribution: '&copy; OpenStreetMap'
    }).addTo(map);
    if (!points.length) { return; }
    var largest = Math.max.apply(null, points.map(function (p) { return p.total; }));
    var bounds = [];
    points.forEach(function (p) {
        var colour = p.share < 0 ? '#6b7280' : p.share >= 0.8 ? '#1e5b4f' : p.share >= 0.6 ? '#b45309' : '#a4161a';
        L.circleMarker([p.lat, p.lon], {
            radius: 6 + 18 * Math.sqrt(p.total / largest), color: colour, fillColor: colour, fillOpacity: 0.55, weight: 2
        }).bindTooltip(p.label).addTo(map);
        bounds.push([p.lat, p.lon]);
    });
    map.fitBounds(bounds, {padding: [20, 20], maxZoom: 15});
})();
