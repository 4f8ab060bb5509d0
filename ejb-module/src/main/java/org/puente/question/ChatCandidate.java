package org.puente.question;

import java.io.Serializable;

/**
 * An answered question of a chat that a moderator may bring into the public Q&A: the question as the chat
 * published it and the expert's answer, each with its personal data already masked as a starting point for the
 * edit step, and the Q&A question it became, if it was brought already.
 */
public record ChatCandidate(long messageId, long seq, String question, String answer, boolean personal, Long promotedId)
        implements Serializable {}
