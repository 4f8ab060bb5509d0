package org.puente.chat;

/** What a chat message is: a citizen's question, the expert's answer to one, or the moderator's notice. */
public enum MessageKind {
    QUESTION,
    ANSWER,
    NOTICE
}
