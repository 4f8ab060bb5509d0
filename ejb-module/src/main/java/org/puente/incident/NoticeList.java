package org.puente.incident;

import java.io.Serializable;
import java.util.List;

/** One page (from 1) of notices and how many there are in all. */
public record NoticeList(List<NoticeRow> rows, long total, int page, int pageSize) implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
