package org.puente.question;

import java.io.Serializable;

/**
 * A forum thread whose expert gave an official answer, which a moderator may bring into the public Q&A: the
 * thread's title, its opening post and the latest official answer, each with its personal data already masked as
 * a starting point for the edit step, and the Q&A question it became, if it was brought already.
 */
public record ForumCandidate(
        long threadId, String title, String question, String answer, boolean personal, Long promotedId)
        implements Serializable {}
