package org.puente.chat;

import java.time.OffsetDateTime;

/**
 * A message everybody in the room sees: an approved question (by the participant's nickname), an
 * answer (by the expert, under its question) or a notice. {@code seq} orders them and lets a viewer
 * ask for what came after the last one he has. Never an e-mail or an account's data.
 */
public record PublicMessage(
        long seq, Long id, MessageKind kind, String author, String text, Long questionId, OffsetDateTime at)
        implements java.io.Serializable {}
