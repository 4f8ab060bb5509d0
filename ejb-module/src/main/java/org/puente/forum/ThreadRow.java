package org.puente.forum;

import java.time.OffsetDateTime;

/** A thread in a forum's list: its title, who started it (public name), when, and how many posts. */
public record ThreadRow(
        Long id,
        Long eventId,
        String title,
        String author,
        OffsetDateTime createdAt,
        OffsetDateTime lastPostAt,
        int posts) {}
