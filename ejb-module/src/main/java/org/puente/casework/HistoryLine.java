package org.puente.casework;

import java.time.OffsetDateTime;

/**
 * One step of a case's history as a page shows it, the same for every kind of case (a service report, a
 * petition) and for both sides: the citizen's tracking page gets only public steps, without staff names
 * ({@link #forCitizen}); the staff's case page gets every step, the internal ones marked ({@link #forStaff}).
 * One Facelets include ({@code WEB-INF/includes/case-history.xhtml}) renders both.
 *
 * @param kind the step's kind as its table stores it (a CSS class: {@code entry-DUE_MOVED})
 * @param messageKey what the step was, as a bundle key
 * @param byCitizen the citizen himself took the step (he reopened a report, answered a prevención)
 * @param text what the step said (null when this reader may not read it)
 * @param assigneeName for staff: the person the step gave the work to
 * @param dueBefore for a moved due date: the date before (else null)
 */
public record HistoryLine(
        String kind,
        String messageKey,
        OffsetDateTime at,
        String unit,
        String actorName,
        String text,
        boolean internal,
        boolean byCitizen,
        String assigneeName,
        OffsetDateTime dueBefore,
        OffsetDateTime dueAfter) {

    /** A public step as the citizen reads it: no staff name; the text only when {@code withText}. */
    public static HistoryLine forCitizen(CaseEntry e, boolean byCitizen, boolean withText) {
        if (!e.isPublic()) {
            throw new IllegalArgumentException("An internal step is not the citizen's to read");
        }
        return new HistoryLine(
                e.kindName(),
                e.messageKey(),
                e.getAt(),
                byCitizen ? null : e.getActorUnit(),
                null,
                withText || CaseEntry.DUE_MOVED.equals(e.kindName()) ? e.getText() : null,
                false,
                byCitizen,
                null,
                e.getDueBefore(),
                e.getDueAfter());
    }

    /** Any step as staff read it: who acted, the text, the internal ones marked. */
    public static HistoryLine forStaff(CaseEntry e, boolean byCitizen, String assigneeName) {
        return new HistoryLine(
                e.kindName(),
                e.messageKey(),
                e.getAt(),
                e.getActorUnit(),
                e.getActor() == null ? null : e.getActor().getFullName(),
                e.getText(),
                !e.isPublic(),
                byCitizen,
                assigneeName,
                e.getDueBefore(),
                e.getDueAfter());
    }

    public boolean dueMoved() {
        return dueAfter != null;
    }
}
