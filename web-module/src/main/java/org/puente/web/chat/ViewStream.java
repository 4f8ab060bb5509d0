package org.puente.web.chat;

import jakarta.websocket.Session;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One room view's public messages on the wire: each sequence number once, the catch-up first. A view joins the room
 * before it reads what it missed (so that nothing approved meanwhile falls in between); what the room publishes
 * while it catches up is held and sent after, unless the catch-up had it, and a late copy of a message the view
 * already got (another node's publication arriving after the catch-up read it) is dropped. The numbers it
 * remembers are the last {@link #REMEMBERED}: a duplicate is always one of the newest.
 */
final class ViewStream {

    static final String KEY = "puente.stream";
    static final int REMEMBERED = 256;

    private final Set<Long> sent = new HashSet<>();
    private final ArrayDeque<Long> order = new ArrayDeque<>();
    private List<Held> held = new ArrayList<>();

    private record Held(long seq, String json) {}

    /** The view's stream, made when it joins (before any lane can see the view). */
    static ViewStream of(Session view) {
        return (ViewStream) view.getUserProperties().get(KEY);
    }

    /** A message the view missed, read from the database after it joined. */
    synchronized void missed(Session view, long seq, String json) {
        sendOnce(view, seq, json);
    }

    /** A message the room publishes now: held while the view catches up. */
    synchronized void live(Session view, long seq, String json) {
        if (held != null) {
            held.add(new Held(seq, json));
        } else {
            sendOnce(view, seq, json);
        }
    }

    /** The catch-up is over: what was held goes out (what the catch-up sent already does not). */
    synchronized void caughtUp(Session view) {
        if (held == null) {
            return;
        }
        List<Held> waiting = held;
        held = null;
        for (Held h : waiting) {
            sendOnce(view, h.seq(), h.json());
        }
    }

    private void sendOnce(Session view, long seq, String json) {
        if (!sent.add(seq)) {
            return;
        }
        order.add(seq);
        if (order.size() > REMEMBERED) {
            sent.remove(order.poll());
        }
        ChatFanOut.send(view, json);
    }
}
