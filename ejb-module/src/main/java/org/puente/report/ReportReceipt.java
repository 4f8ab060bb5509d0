package org.puente.report;

/** What the reporter gets back: the folio, and for a report without an account its tracking code. */
public record ReportReceipt(Long id, String folio, String trackingCode, boolean alreadyFiled) {
}
