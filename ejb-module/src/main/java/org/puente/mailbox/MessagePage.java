package org.puente.mailbox;

import java.util.List;

/** One page of the mailbox (numbered from 1) under a status filter, and how many messages the filter finds. */
public record MessagePage(List<MessageRow> rows, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
