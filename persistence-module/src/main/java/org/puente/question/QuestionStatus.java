package org.puente.question;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a public question stands. A question asked with a nickname waits for its e-mail to be confirmed
 * (POR_CONFIRMAR); then, like an account holder's, it waits for a moderator (PENDIENTE), who publishes it, rejects
 * it, or says it is a personal case. A published question is answered (RESPONDIDA); an answer may also publish a
 * pending question at once. Rejected and personal cases are final and never public. A question that carries
 * personal data is a personal case from the start. The text of each is {@code question.status.<NAME>}.
 */
public enum QuestionStatus {
    POR_CONFIRMAR,
    PENDIENTE,
    PUBLICADA,
    RESPONDIDA,
    RECHAZADA,
    CASO_PERSONAL;

    private static final Map<QuestionStatus, Set<QuestionStatus>> NEXT = Map.of(
            POR_CONFIRMAR, EnumSet.of(PENDIENTE, CASO_PERSONAL),
            PENDIENTE, EnumSet.of(PUBLICADA, RESPONDIDA, RECHAZADA, CASO_PERSONAL),
            PUBLICADA, EnumSet.of(RESPONDIDA, RECHAZADA, CASO_PERSONAL),
            RESPONDIDA, EnumSet.noneOf(QuestionStatus.class),
            RECHAZADA, EnumSet.noneOf(QuestionStatus.class),
            CASO_PERSONAL, EnumSet.noneOf(QuestionStatus.class));

    public boolean canMoveTo(QuestionStatus next) {
        return next != null && NEXT.get(this).contains(next);
    }

    public Set<QuestionStatus> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    /** Whether anyone may read the question: published or answered, never pending, rejected or personal. */
    public boolean isPublic() {
        return this == PUBLICADA || this == RESPONDIDA;
    }

    public String messageKey() {
        return "question.status." + name();
    }
}
