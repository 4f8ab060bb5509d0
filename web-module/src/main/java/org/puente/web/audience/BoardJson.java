package org.puente.web.audience;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.puente.audience.AudienceBoard;

/** The turn board's wire format: numbers, states and times only ({"type":"board", ...}). */
final class BoardJson {

    private BoardJson() {}

    static String of(AudienceBoard board) {
        JsonArrayBuilder next = Json.createArrayBuilder();
        board.next()
                .forEach(t -> next.add(Json.createObjectBuilder()
                        .add("number", t.number())
                        .add("estimated", t.estimated().toString())));
        JsonArrayBuilder done = Json.createArrayBuilder();
        board.done().forEach(done::add);
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "board")
                .add("session", board.sessionId())
                .add("status", board.status().name())
                .add("waiting", board.waiting())
                .add("next", next)
                .add("done", done);
        if (board.current() == null) {
            b.addNull("current");
        } else {
            b.add("current", board.current());
        }
        return b.build().toString();
    }
}
