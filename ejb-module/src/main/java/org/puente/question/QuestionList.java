package org.puente.question;

import java.io.Serializable;
import java.util.List;

/** One page (from 1) of questions, with how many there are in all. */
public record QuestionList(List<QuestionRow> rows, long total, int page, int size) implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
