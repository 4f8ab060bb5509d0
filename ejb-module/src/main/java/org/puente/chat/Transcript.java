package org.puente.chat;

import java.util.List;

/** A closed chat's public record: the approved questions with their answers, and its figures. */
public record Transcript(ChatRoom room, List<Entry> entries, List<PublicMessage> notices, ChatFigures figures) {

    /** An approved question and the expert's answers to it. */
    public record Entry(PublicMessage question, List<PublicMessage> answers) {}
}
