package org.puente.opinion;

/**
 * Staff's review of a free-text answer: pending until someone approves it (it may then be shown with the
 * published results) or hides it (never shown). Unreviewed text never reaches a public page.
 */
public enum TextReview {
    PENDING,
    APPROVED,
    HIDDEN;

    public String messageKey() {
        return "opinion.review." + name();
    }
}
