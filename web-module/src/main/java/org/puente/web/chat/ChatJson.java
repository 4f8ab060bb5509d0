package org.puente.web.chat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.puente.chat.ChatRoom;
import org.puente.chat.ChatUpdate;
import org.puente.chat.OwnQuestion;
import org.puente.chat.PublicMessage;

/**
 * The chat's wire format, the same over WebSocket and over the polling API: one JSON object per
 * message with a {@code type} ("message", "own", "status", "muted", "hello"). Texts travel as data and
 * the page shows them as text, never as markup.
 */
final class ChatJson {

    private ChatJson() {}

    static JsonObject message(PublicMessage m) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "message")
                .add("seq", m.seq())
                .add("id", m.id())
                .add("kind", m.kind().name())
                .add("text", m.text())
                .add("at", m.at().toString());
        if (m.author() != null) {
            b.add("author", m.author());
        }
        if (m.questionId() != null) {
            b.add("questionId", m.questionId());
        }
        return b.build();
    }

    static JsonObject own(OwnQuestion q) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "own")
                .add("id", q.id())
                .add("text", q.text())
                .add("status", q.status().name())
                .add("at", q.at().toString());
        if (q.rejectReason() != null) {
            b.add("reason", q.rejectReason());
        }
        return b.build();
    }

    static JsonObject hello(ChatRoom room) {
        return Json.createObjectBuilder()
                .add("type", "hello")
                .add("status", room.status().name())
                .add("lastSeq", room.lastSeq())
                .add("startsAt", room.startsAt().toString())
                .add("endsAt", room.endsAt().toString())
                .build();
    }

    static JsonObject of(ChatUpdate update) {
        if (update instanceof ChatUpdate.Published p) {
            return message(p.message());
        }
        if (update instanceof ChatUpdate.Private p) {
            return own(p.question());
        }
        if (update instanceof ChatUpdate.Status s) {
            return Json.createObjectBuilder()
                    .add("type", "status")
                    .add("status", s.status().name())
                    .build();
        }
        ChatUpdate.Muted m = (ChatUpdate.Muted) update;
        return Json.createObjectBuilder()
                .add("type", "muted")
                .add("muted", m.muted())
                .build();
    }
}
