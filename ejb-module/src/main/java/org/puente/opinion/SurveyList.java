package org.puente.opinion;

import java.io.Serializable;
import java.util.List;

/** One page (from 1) of surveys and how many there are in all. */
public record SurveyList(List<SurveyRow> rows, long total, int page, int pageSize) implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
