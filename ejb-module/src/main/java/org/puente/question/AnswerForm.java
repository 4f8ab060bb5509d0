package org.puente.question;

import java.time.LocalDate;

/** An answer as staff type it: the text, the official sources one a line, the date they checked them. */
public record AnswerForm(String text, String sources, LocalDate reviewedOn) {}
