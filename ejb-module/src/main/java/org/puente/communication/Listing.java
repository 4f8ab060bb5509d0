package org.puente.communication;

import java.io.Serializable;
import java.util.List;

/** One page (from 1) of a list of debunks or news items, and how many there are in all. */
public record Listing<T extends Serializable>(List<T> rows, long total, int page, int pageSize)
        implements Serializable {

    /** The first row of page {@code page} (from 1): a page number past any list (a tampered address) never overflows. */
    public static int offset(int page, int pageSize) {
        return (int) Math.min(Integer.MAX_VALUE, (Math.max(1, page) - 1L) * pageSize);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
