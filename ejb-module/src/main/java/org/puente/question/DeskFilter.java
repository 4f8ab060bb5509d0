package org.puente.question;

/**
 * The staff list's filters: the moderation queue (pending), the published ones waiting for an answer, the
 * answered, those whose answer is outdated, the personal cases, the rejected, and the nicknames' questions whose
 * e-mail is not confirmed yet. The text of each is {@code question.filter.<NAME>}.
 */
public enum DeskFilter {
    PENDIENTES("q.status = org.puente.question.QuestionStatus.PENDIENTE"),
    PUBLICADAS("q.status = org.puente.question.QuestionStatus.PUBLICADA"),
    RESPONDIDAS("q.status = org.puente.question.QuestionStatus.RESPONDIDA"),
    DESACTUALIZADAS("exists (select a from Answer a where a.question = q and a.outdatedAt is not null"
            + " and a.supersededAt is null)"),
    CASOS_PERSONALES("q.status = org.puente.question.QuestionStatus.CASO_PERSONAL"),
    RECHAZADAS("q.status = org.puente.question.QuestionStatus.RECHAZADA"),
    POR_CONFIRMAR("q.status = org.puente.question.QuestionStatus.POR_CONFIRMAR");

    private final String condition;

    DeskFilter(String condition) {
        this.condition = condition;
    }

    /** The JPQL condition on the question {@code q}. */
    String condition() {
        return condition;
    }

    public String messageKey() {
        return "question.filter." + name();
    }
}
