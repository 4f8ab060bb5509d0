// The report form's optional map: a click (or "use my location") fills latitude and longitude.
// Without JavaScript, without Leaflet or without tiles the two fields still work by hand.
(function () {
    // After the postback that offers similar reports, the keyboard starts on their choices.
    var panel = document.getElementById('similar');
    if (panel) {
        var first = panel.querySelector('[data-first="true"]');
        (first || panel).focus();
    }
    // Enter in a field files the report (the form's first submit button), except in the two fields
    // that belong to following a report instead: there it follows (or, with several choices, waits).
    function enterFollows(fieldId, choice) {
        var input = document.getElementById(fieldId);
        if (!input) { return; }
        input.addEventListener('keydown', function (e) {
            if (e.key !== 'Enter') { return; }
            e.preventDefault();
            var target = choice();
            if (target) { target.click(); }
        });
    }
    enterFollows('report:followFolio', function () { return document.getElementById('report:followTyped'); });
    enterFollows('report:followEmail', function () {
        var choices = document.querySelectorAll('#similar .similar-choice');
        return choices.length === 1 ? choices[0] : null;
    });
})();
(function () {
    function field(id) { return document.getElementById('report:' + id); }
    var lat = field('latitude'), lon = field('longitude'), box = document.getElementById('report-map');
    if (!lat || !lon || !box) { return; }
    var map = null, marker = null;
    function place(latitude, longitude, pan) {
        lat.value = latitude.toFixed(6);
        lon.value = longitude.toFixed(6);
        if (map) {
            if (marker) { marker.setLatLng([latitude, longitude]); } else { marker = L.marker([latitude, longitude], {keyboard: box.dataset.keyboard !== 'false'}).addTo(map); }
            if (pan) { map.setView([latitude, longitude], 17); }
        }
    }
    if (window.L) {
        var start = lat.value && lon.value ? [parseFloat(lat.value), parseFloat(lon.value)]
            : [parseFloat(box.dataset.lat), parseFloat(box.dataset.lon)];
        // In the operator's intake (data-keyboard="false") the map stays out of the tab path.
        var keyboard = box.dataset.keyboard !== 'false';
        map = L.map(box, {keyboard: keyboard}).setView(start, lat.value ? 17 : 14);
        L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
            maxZoom: 19, attribution: '&copy; OpenStreetMap'
        }).addTo(map);
        if (!keyboard) {
            box.querySelectorAll('a, [tabindex]').forEach(function (a) { a.setAttribute('tabindex', '-1'); });
        }
        if (lat.value && lon.value) { place(start[0], start[1], false); }
        map.on('click', function (e) { place(e.latlng.lat, e.latlng.lng, false); });
    } else {
        box.style.display = 'none';
    }
    var here = document.getElementById('use-location');
    if (here && navigator.geolocation) {
        here.addEventListener('click', function () {
            navigator.geolocation.getCurrentPosition(function (p) { place(p.coords.latitude, p.coords.longitude, true); });
        });
    } else if (here) {
        here.style.display = 'none';
    }
})();
