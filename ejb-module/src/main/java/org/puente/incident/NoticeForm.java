package org.puente.incident;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the staff form of an incident notice sends: the body (the administrator chooses; a body's communication
 * staff publish for their own), the content, the start as the body's wall-clock time, and the first public text
 * (only when publishing).
 */
public record NoticeForm(
        Long bodyId,
        String title,
        AffectedService affected,
        ServiceChannel channel,
        String office,
        LocalDateTime startedAt,
        LocalDate closureDay,
        String text)
        implements Serializable {}
