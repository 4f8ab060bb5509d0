package org.puente.communication;

import java.io.Serializable;
import java.util.List;

/** One page (from 1) of a list of debunks or news items, and how many there are in all. */
public record Listing<T extends Serializable>(List<T> rows, long total, int page, int pageSize)
        implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
