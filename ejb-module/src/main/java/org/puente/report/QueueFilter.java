package org.puente.report;

/** The staff queue's filters; null means "any". */
public record QueueFilter(
        ReportStatus status, Long serviceId, Long coloniaId, Long departmentId, boolean overdueOnly, String folio) {

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, false, null);
    }
}
