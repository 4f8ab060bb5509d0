package org.puente.systemtest;

import java.nio.file.Path;

/**
 * A report's staff detail page (/staff/reporte?id=...): status, department, history, the workflow's
 * buttons (take, assign, start, resolve with a note and evidence) and internal notes.
 */
final class StaffReportPage {

    private final Browser browser;

    private StaffReportPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page at its full address (as the queue's link gives it). */
    static StaffReportPage open(Browser browser, String url) {
        browser.driver().get(url);
        return new StaffReportPage(browser);
    }

    static StaffReportPage on(Browser browser) {
        return new StaffReportPage(browser);
    }

    String status() {
        return browser.text("#status");
    }

    String department() {
        return browser.text("#department");
    }

    String history() {
        return browser.text("#history");
    }

    /** The history's internal steps (staff notes). */
    String internalHistory() {
        return browser.text("#history .step-internal");
    }

    int photos() {
        return browser.all("img.photo").size();
    }

    int evidencePhotos() {
        return browser.all("#evidence img").size();
    }

    StaffReportPage take() {
        browser.clickAndWait("#actions\\:take");
        return this;
    }

    StaffReportPage assignTo(String agent) {
        browser.select("#actions\\:agent", agent);
        browser.clickAndWait("#actions\\:assign");
        return this;
    }

    StaffReportPage start() {
        browser.clickAndWait("#actions\\:start");
        return this;
    }

    /** Writes what was done (may stay empty, to see the page refuse). */
    StaffReportPage note(String text) {
        browser.type("#actions\\:note", text);
        return this;
    }

    StaffReportPage evidence(Path photo) {
        browser.find("#actions\\:evidence").sendKeys(photo.toAbsolutePath().toString());
        return this;
    }

    StaffReportPage resolve() {
        browser.clickAndWait("#actions\\:resolve");
        return this;
    }

    StaffReportPage addInternalNote(String text) {
        browser.type("#internal\\:internalNote", text).clickAndWait("#internal\\:addNote");
        return this;
    }
}
