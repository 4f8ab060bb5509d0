/*
 * The public turn board of an audience: follows the session over a WebSocket (/ws/audiencia/ID) and redraws
 * the current turn, the next ones with their estimated times and the ones already attended, without reloading
 * the page. Only numbers and times travel; texts come from the page (data-t-*). When the connection drops it
 * reconnects by itself; after repeated failures it falls back to reloading the page now and then.
 */
(function () {
    'use strict';
    var root = document.getElementById('turn-board');
    if (!root) { return; }
    // Set once per page load: a board that changes while this stays the same was never reloaded.
    window.audienceBoardLoadedAt = window.audienceBoardLoadedAt || Date.now();
    var t = root.dataset;
    var session = t.session;
    var context = t.context || '';
    var failures = 0;
    var connection = document.getElementById('board-connection');

    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) { e.className = cls; }
        if (text !== undefined && text !== null) { e.textContent = text; }
        return e;
    }

    function statusText(status) {
        var key = 'tStatus' + status.charAt(0) + status.slice(1).toLowerCase();
        return t[key] || status;
    }

    function draw(board) {
        document.getElementById('current-turn').textContent =
            board.current === null || board.current === undefined ? t.tNone : String(board.current);
        var status = document.getElementById('board-status');
        status.textContent = statusText(board.status);
        status.className = 'status status-' + board.status;
        var next = document.getElementById('next-turns');
        next.textContent = '';
        board.next.forEach(function (turn) {
            var li = el('li');
            li.appendChild(el('strong', null, String(turn.number)));
            li.appendChild(document.createTextNode(' '));
            li.appendChild(el('span', 'aside', '~ ' + turn.estimated.substring(0, 5)));
            next.appendChild(li);
        });
        document.getElementById('next-empty').hidden = board.next.length > 0;
        var done = document.getElementById('done-turns');
        done.textContent = '';
        board.done.forEach(function (n) {
            done.appendChild(el('span', 'done-turn', String(n)));
            done.appendChild(document.createTextNode(' '));
        });
        root.dataset.updates = String((parseInt(root.dataset.updates || '0', 10)) + 1);
    }

    function connect() {
        if (!('WebSocket' in window) || failures >= 5) {
            connection.textContent = t.tOffline;
            setTimeout(function () { location.reload(); }, 30000);
            return;
        }
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        var socket = new WebSocket(scheme + location.host + context + '/ws/audiencia/' + session);
        var ping = null;
        socket.onopen = function () {
            failures = 0;
            connection.textContent = t.tLive;
            root.dataset.live = 'true';
            ping = setInterval(function () { socket.send('ping'); }, 25000);
        };
        socket.onmessage = function (e) {
            var data = JSON.parse(e.data);
            if (data.type === 'board') { draw(data); }
        };
        socket.onclose = function () {
            root.dataset.live = 'false';
            if (ping) { clearInterval(ping); }
            failures++;
            connection.textContent = t.tOffline;
            setTimeout(connect, Math.min(30000, 1000 * failures * failures));
        };
    }

    connect();
}());
