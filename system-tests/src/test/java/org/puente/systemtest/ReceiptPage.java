package org.puente.systemtest;

/**
 * The receipt after a report was filed: the citizen's (/reporte-enviado) and the operator's
 * (/staff/atender-enviado) show the folio, the department, the deadline, and for a citizen without an
 * account the tracking code.
 */
final class ReceiptPage {

    private final Browser browser;

    private ReceiptPage(Browser browser) {
        this.browser = browser;
    }

    static ReceiptPage on(Browser browser) {
        return new ReceiptPage(browser);
    }

    String folio() {
        return browser.text("#folio");
    }

    String trackingCode() {
        return browser.text("#tracking-code");
    }

    boolean hasTrackingCode() {
        return !browser.all("#tracking-code").isEmpty();
    }

    String department() {
        return browser.text("#department");
    }

    String due() {
        return browser.text("#due");
    }
}
