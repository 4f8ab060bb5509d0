package org.puente.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a report is filed with, from any channel. Photos are the raw bytes as uploaded; their type
 * is read from the content. The idempotency key makes a resubmission return the first report.
 */
public record NewReport(
        Long serviceId,
        String description,
        Long coloniaId,
        String street,
        String reference,
        BigDecimal latitude,
        BigDecimal longitude,
        String contactName,
        String contactEmail,
        String contactPhone,
        boolean privacyConsent,
        List<byte[]> photos,
        String idempotencyKey) {

    public NewReport {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
