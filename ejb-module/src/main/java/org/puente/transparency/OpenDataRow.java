package org.puente.transparency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.puente.catalog.GeoPoint;
import org.puente.report.Channel;
import org.puente.report.ReportStatus;

/**
 * One report as the open data publishes it, and nothing more: no description, contact, street,
 * photo, note or tracking code ever reaches this record. Times are in the municipality's zone to
 * the second, the point is rounded to {@link GeoPoint#publicArea()} (about 100 m), the business
 * time to resolve is in hours with one decimal. {@link OpenDataField} lists the columns.
 */
public record OpenDataRow(
        String folio,
        String serviceCode,
        String serviceName,
        String department,
        String delegacion,
        String colonia,
        String channel,
        String status,
        OffsetDateTime received,
        OffsetDateTime due,
        OffsetDateTime resolved,
        OffsetDateTime closed,
        String onTime,
        BigDecimal businessHours,
        BigDecimal latitude,
        BigDecimal longitude) {

    /** {@link #onTime}: resolved by its deadline. */
    public static final String ON_TIME = "si";
    /** {@link #onTime}: resolved after its deadline. */
    public static final String LATE = "no";
    /** {@link #onTime}: still being worked (the deadline may or may not have passed: compare {@link #due}). */
    public static final String OPEN = "abierto";

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /**
     * Maps a report's stored values to what is published.
     *
     * @param channel        a {@link Channel} name
     * @param status         a {@link ReportStatus} name
     * @param businessMinutes the business minutes from receipt to resolution (null while not resolved)
     * @param latitude       the reporter's exact point (null when none was given); only its public area leaves
     */
    public static OpenDataRow of(
            String folio,
            String serviceCode,
            String serviceName,
            String department,
            String delegacion,
            String colonia,
            String channel,
            String status,
            OffsetDateTime received,
            OffsetDateTime due,
            OffsetDateTime resolved,
            OffsetDateTime closed,
            Integer businessMinutes,
            BigDecimal latitude,
            BigDecimal longitude,
            ZoneId zone) {
        ReportStatus s = ReportStatus.valueOf(status);
        GeoPoint area = latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude).publicArea();
        return new OpenDataRow(
                folio,
                serviceCode,
                serviceName,
                department,
                delegacion,
                colonia,
                channelCode(Channel.valueOf(channel)),
                statusCode(s),
                local(received, zone),
                local(due, zone),
                local(resolved, zone),
                local(closed, zone),
                onTime(s, due, resolved),
                businessMinutes == null
                        ? null
                        : BigDecimal.valueOf(businessMinutes).divide(SIXTY, 1, RoundingMode.HALF_UP),
                area == null ? null : area.getLatitude().setScale(3, RoundingMode.HALF_UP),
                area == null ? null : area.getLongitude().setScale(3, RoundingMode.HALF_UP));
    }

    /**
     * "si" when resolved by the deadline, "no" when resolved after it, "abierto" while open; null for
     * a rejected or duplicate report, which was never resolved and has no deadline to meet.
     */
    static String onTime(ReportStatus status, OffsetDateTime due, OffsetDateTime resolved) {
        if (resolved != null) {
            return resolved.isAfter(due) ? LATE : ON_TIME;
        }
        return status.isOpen() ? OPEN : null;
    }

    /** The published code of a status: stable, lower case, Spanish (the page explains each in both languages). */
    public static String statusCode(ReportStatus status) {
        return switch (status) {
            case RECEIVED -> "recibido";
            case ASSIGNED -> "asignado";
            case IN_PROGRESS -> "en_proceso";
            case RESOLVED -> "resuelto";
            case CLOSED -> "cerrado";
            case REJECTED -> "rechazado";
            case DUPLICATE -> "duplicado";
        };
    }

    /** The published code of a channel. */
    public static String channelCode(Channel channel) {
        return switch (channel) {
            case WEB -> "web";
            case PHONE -> "telefono";
            case OPEN311 -> "api";
        };
    }

    private static OffsetDateTime local(OffsetDateTime t, ZoneId zone) {
        return t == null ? null : t.atZoneSameInstant(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
    }
}
