/*
 * The live chat room: joins with a nickname, sends questions, and shows the approved questions,
 * the expert's answers and the moderator's notices as they happen. It listens on a WebSocket and,
 * when the connection drops, reconnects by itself asking for everything after the last sequence
 * number up to which it has them all (nothing lost); a number it already has is dropped and every
 * message takes its place by number (nothing twice, nothing out of order).
 * Where WebSocket is blocked it polls the same messages over HTTP every few seconds.
 * Every text arrives as data and is shown with textContent, never as markup.
 */
(function () {
    'use strict';
    var root = document.getElementById('chat-room');
    if (!root) { return; }
    var eventId = root.dataset.event;
    // An empty context path (Puente at the server's root) leaves the attribute out altogether.
    var context = root.dataset.context || '';
    var base = context + '/api/chat/' + eventId;
    var t = root.dataset;
    var storeKey = 'puente.chat.' + eventId;
    var participant = null;
    try { participant = JSON.parse(sessionStorage.getItem(storeKey)); } catch (e) { participant = null; }
    var status = root.dataset.status;
    var startsAt = new Date(root.dataset.starts);
    var socket = null;
    var failures = 0;
    var polling = null;
    var stream = document.getElementById('stream');
    var answersOf = {};
    var orphans = {};
    var seen = {};
    var contiguous = 0;

    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) { e.className = cls; }
        if (text !== undefined && text !== null) { e.textContent = text; }
        return e;
    }

    function time(iso) {
        var d = new Date(iso);
        // The chat's times are the agency's (the room's heading says so), wherever the reader is.
        return d.toLocaleTimeString(t.lang === 'en' ? 'en' : 'es-MX',
            {hour: '2-digit', minute: '2-digit', timeZone: t.zone});
    }

    function show(id, visible) {
        document.getElementById(id).hidden = !visible;
    }

    function setStatus(s) {
        status = s;
        show('waiting-room', s === 'SCHEDULED');
        show('closed-room', s === 'CLOSED');
        show('live-badge', s === 'OPEN');
        show('join', s !== 'CLOSED' && !participant);
        show('ask', s !== 'CLOSED' && !!participant);
        // Before the start the button is off and says when it opens (the text is the page's).
        document.getElementById('ask-button').disabled = s !== 'OPEN';
        show('ask-closed', s === 'SCHEDULED');
    }

    /** Puts an element among its siblings in the order of their sequence numbers. */
    function place(parent, item) {
        var after = null;
        for (var c = parent.lastElementChild; c; c = c.previousElementSibling) {
            if (Number(c.dataset.seq) < Number(item.dataset.seq)) { after = c; break; }
        }
        parent.insertBefore(item, after ? after.nextSibling : parent.firstChild);
    }

    function add(m) {
        // A catch-up and the live stream may overlap or cross: each number is shown once, in its place.
        if (seen[m.seq]) { return; }
        seen[m.seq] = true;
        while (seen[contiguous + 1]) { contiguous++; }
        document.getElementById('stream-empty').hidden = true;
        if (m.kind === 'ANSWER') {
            var list = answersOf[m.questionId];
            var item = el('li', 'chat-answer');
            item.dataset.seq = m.seq;
            item.appendChild(el('p', 'chat-author', t.tAnswer + ' ' + m.author + ' · ' + time(m.at)));
            item.appendChild(el('p', 'chat-text prewrap', m.text));
            if (list) { place(list, item); } else { (orphans[m.questionId] = orphans[m.questionId] || []).push(item); }
            return;
        }
        var li = el('li', m.kind === 'NOTICE' ? 'chat-notice' : 'chat-question');
        li.dataset.seq = m.seq;
        li.id = 'm-' + m.id;
        li.appendChild(el('p', 'chat-author', (m.kind === 'NOTICE' ? t.tNotice : m.author) + ' · ' + time(m.at)));
        li.appendChild(el('p', 'chat-text prewrap', m.text));
        if (m.kind === 'QUESTION') {
            var answers = el('ul', 'chat-answers');
            answersOf[m.id] = answers;
            (orphans[m.id] || []).forEach(function (a) { place(answers, a); });
            delete orphans[m.id];
            li.appendChild(answers);
        }
        place(stream, li);
    }

    function own(q) {
        var list = document.getElementById('own-questions');
        var li = document.getElementById('own-' + q.id);
        if (!li) {
            li = el('li', 'own-question');
            li.id = 'own-' + q.id;
            list.appendChild(li);
        }
        li.textContent = '';
        li.appendChild(el('p', 'chat-text prewrap', q.text));
        var label = q.status === 'APPROVED' ? t.tApproved : q.status === 'REJECTED' ? t.tRejected : t.tPending;
        var state = el('p', 'status status-' + q.status, label);
        li.appendChild(state);
        if (q.reason) { li.appendChild(el('p', 'hint', q.reason)); }
    }

    function handle(data) {
        if (data.type === 'message') { add(data); }
        else if (data.type === 'own') { own(data); }
        else if (data.type === 'status' || data.type === 'hello') { setStatus(data.status); }
        else if (data.type === 'muted') {
            document.getElementById('question-error').textContent = data.muted ? t.tMuted : '';
        }
    }

    function connection(text) {
        document.getElementById('connection').textContent = text;
    }

    function connect() {
        if (!('WebSocket' in window) || failures >= 3) { startPolling(); return; }
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        var url = scheme + location.host + context + '/ws/chat/' + eventId + '?since=' + contiguous
            + (participant ? '&participant=' + encodeURIComponent(participant.token) : '');
        var opened = false;
        socket = new WebSocket(url);
        socket.onopen = function () { opened = true; failures = 0; connection(t.tLive); stopPolling(); };
        socket.onmessage = function (e) { handle(JSON.parse(e.data)); };
        socket.onclose = function () {
            socket = null;
            if (!opened) { failures++; }
            connection(t.tOffline);
            if (failures >= 3) { startPolling(); } else { setTimeout(connect, Math.min(1000 * Math.pow(2, failures), 8000)); }
        };
    }

    function poll() {
        var headers = participant ? {'X-Participant': participant.token} : {};
        fetch(base + '/messages?since=' + contiguous, {headers: headers, credentials: 'same-origin'})
            .then(function (r) { return r.json(); })
            .then(function (data) {
                setStatus(data.room.status);
                data.messages.forEach(add);
                data.own.forEach(own);
            })
            .catch(function () { connection(t.tOffline); });
    }

    function startPolling() {
        if (polling) { return; }
        connection(t.tPolling);
        poll();
        polling = setInterval(poll, 3000);
        // Now and then, try WebSocket again: the network may let it through later.
        setTimeout(function () { if (polling) { failures = 0; connect(); } }, 60000);
    }

    function stopPolling() {
        if (polling) { clearInterval(polling); polling = null; }
    }

    function post(path, fields, headers) {
        var body = new URLSearchParams(fields);
        var h = Object.assign({'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': t.lang}, headers || {});
        return fetch(base + path, {method: 'POST', body: body, headers: h, credentials: 'same-origin'})
            .then(function (r) { return r.json().then(function (json) { return {ok: r.ok, json: json}; }); });
    }

    document.getElementById('join-form').addEventListener('submit', function (e) {
        e.preventDefault();
        var input = document.getElementById('nickname');
        var error = document.getElementById('nickname-error');
        error.textContent = '';
        input.removeAttribute('aria-invalid');
        post('/participants', {nickname: input.value}).then(function (r) {
            if (!r.ok) { error.textContent = r.json.message; input.setAttribute('aria-invalid', 'true'); input.focus(); return; }
            participant = r.json;
            sessionStorage.setItem(storeKey, JSON.stringify(participant));
            youAre();
            setStatus(status);
            if (socket) { socket.onclose = null; socket.close(); socket = null; }
            connect();
            document.getElementById('question').focus();
        }).catch(function () { error.textContent = t.tError; });
    });

    var question = document.getElementById('question');
    question.addEventListener('input', function () {
        document.getElementById('question-count').textContent = question.value.length;
    });

    document.getElementById('ask-form').addEventListener('submit', function (e) {
        e.preventDefault();
        var error = document.getElementById('question-error');
        error.textContent = '';
        question.removeAttribute('aria-invalid');
        post('/questions', {text: question.value}, {'X-Participant': participant.token}).then(function (r) {
            if (!r.ok) { error.textContent = r.json.message; question.setAttribute('aria-invalid', 'true'); return; }
            own(r.json);
            question.value = '';
            document.getElementById('question-count').textContent = '0';
            connection(t.tSent);
        }).catch(function () { error.textContent = t.tError; });
    });

    function youAre() {
        if (participant) { document.getElementById('you-are').textContent = participant.nickname; }
    }

    function countdown() {
        if (status !== 'SCHEDULED') { return; }
        var left = Math.max(0, Math.floor((startsAt - new Date()) / 1000));
        var d = Math.floor(left / 86400), h = Math.floor(left % 86400 / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
        var pad = function (n) { return (n < 10 ? '0' : '') + n; };
        document.getElementById('countdown').textContent =
            (d > 0 ? d + ' ' + t.tDays + ' ' : '') + pad(h) + ':' + pad(m) + ':' + pad(s);
    }

    youAre();
    setStatus(status);
    countdown();
    setInterval(countdown, 1000);
    if (participant) {
        fetch(base + '/messages?since=0', {headers: {'X-Participant': participant.token}})
            .then(function (r) { return r.json(); }).then(function (data) { data.own.forEach(own); }).catch(function () {});
    }
    connect();
}());
