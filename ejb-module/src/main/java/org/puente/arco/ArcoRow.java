package org.puente.arco;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.puente.casework.ClockLight;
import org.puente.petition.ArcoRight;

/**
 * One ARCO request on the desk's list: its state ({@code arco.state.<state>}: the petition's status, or
 * EJECUTADA once carried out), its light and due date, and once answered the date by which it must be
 * carried out. Nothing of the filer: the list is read at a glance.
 */
public record ArcoRow(
        long id,
        String folio,
        String body,
        ArcoRight right,
        String state,
        ClockLight light,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        OffsetDateTime executionDue,
        ZoneId zone) {}
