package org.puente.systemtest;

import java.time.Duration;

/**
 * The staff's report queue (/staff/reportes): filters kept in the address, the total, the table of
 * reports with a link to each, and the bulk actions on the selected rows.
 */
final class StaffQueuePage {

    private final Browser browser;

    private StaffQueuePage(Browser browser) {
        this.browser = browser;
    }

    static StaffQueuePage open(Browser browser) {
        return open(browser, "/staff/reportes");
    }

    /** The queue at an address of its own, e.g. with filters {@code /staff/reportes?folio=...}. */
    static StaffQueuePage open(Browser browser, String path) {
        browser.open(path);
        return new StaffQueuePage(browser);
    }

    static StaffQueuePage on(Browser browser) {
        return new StaffQueuePage(browser);
    }

    /** Types a folio (or part of one) into the filter; applied with {@link #apply()} or {@link #applyAndReload()}. */
    StaffQueuePage folio(String folio) {
        browser.type("#queue\\:folio", folio);
        return this;
    }

    String folioFilter() {
        return browser.attribute("#queue\\:folio", "value");
    }

    /** Applies the filters in place (Ajax). */
    StaffQueuePage apply() {
        browser.click("#queue\\:apply");
        return this;
    }

    /** Applies the filters and waits for the page to load again (the filters go into the address). */
    StaffQueuePage applyAndReload() {
        browser.clickAndWait("#queue\\:apply");
        return this;
    }

    /**
     * Filters the queue by a whole folio and waits until the table shows that one report; returns the
     * address of its detail page.
     */
    String find(String folio) {
        folio(folio).apply();
        browser.waitUntil(
                "the queue to show only " + folio,
                Duration.ofSeconds(10),
                () -> links() == 1 && browser.pageText().contains(folio));
        return browser.attribute("#queue\\:table tbody tr a", "href");
    }

    /** Filters by a folio this queue does not show and waits for the table to say it is empty. */
    void findNothingFor(String folio) {
        folio(folio).apply();
        browser.waitUntil("the queue to show no report for " + folio, Duration.ofSeconds(10), () -> browser.pageText()
                .contains("No hay reportes con estos filtros."));
    }

    /** Opens the first report of the table. */
    StaffReportPage openFirst() {
        browser.clickAndWait("#queue\\:table a");
        return StaffReportPage.on(browser);
    }

    /** How many report links the table shows. */
    int links() {
        return browser.all("#queue\\:table tbody tr a").size();
    }

    /** "N reportes coinciden con los filtros". */
    String total() {
        return browser.text("#total");
    }

    /** Ticks the first row's box. */
    StaffQueuePage selectFirst() {
        browser.click("#queue\\:table tbody tr .ui-chkbox-box, #queue\\:table tbody tr input[type=checkbox]");
        return this;
    }

    /** Reassigns the selected reports to a department. */
    StaffQueuePage reassignTo(String department) {
        browser.select("#queue\\:target", department);
        return reassign();
    }

    /** Sends the reassignment as it is (nothing selected included). */
    StaffQueuePage reassign() {
        browser.clickAndWait("#queue\\:reassign");
        return this;
    }
}
