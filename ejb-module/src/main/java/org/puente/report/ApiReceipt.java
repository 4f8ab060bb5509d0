package org.puente.report;

/**
 * What an API client is told of its report: the folio, the department that attends the service and its
 * deadline in business hours, the tracking code of a report without an account, and whether the report
 * had been filed already with the same idempotency key.
 */
public record ApiReceipt(
        String folio, String department, int deadlineHours, String trackingCode, boolean alreadyFiled) {}
