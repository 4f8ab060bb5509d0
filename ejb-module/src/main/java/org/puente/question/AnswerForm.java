package org.puente.question;

import java.time.LocalDate;

/**
 * An answer as staff type it: the text, the official sources one a line, the published debunk of a related hoax
 * (its id, or null for none) and the date they checked them.
 */
public record AnswerForm(String text, String sources, Long debunkId, LocalDate reviewedOn) {

    /** An answer without a related debunk. */
    public AnswerForm(String text, String sources, LocalDate reviewedOn) {
        this(text, sources, null, reviewedOn);
    }
}
