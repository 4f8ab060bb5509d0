package org.puente.systemtest;

/**
 * A report's public tracking page (/seguimiento): its status and history for anyone with the folio; with
 * the tracking code (or as its owner) the details, the evidence and the satisfaction survey.
 */
final class TrackingPage {

    private final Browser browser;

    private TrackingPage(Browser browser) {
        this.browser = browser;
    }

    static TrackingPage open(Browser browser, String folio) {
        browser.open("/seguimiento?folio=" + folio);
        return new TrackingPage(browser);
    }

    /**
     * The reporter's way in: the folio and the code typed into the lookup form, which posts them and lands on
     * the page by folio alone (the code is a secret: never in the address, the history or a log).
     */
    static TrackingPage open(Browser browser, String folio, String code) {
        browser.open("/seguimiento");
        browser.type("#lookup\\:folio", folio).type("#lookup\\:codigo", code).clickAndWait("#lookup\\:submit");
        if (!browser.path().equals("/seguimiento?folio=" + folio)) {
            throw new AssertionError("the lookup lands on the folio's page, without the code: " + browser.path());
        }
        return new TrackingPage(browser);
    }

    static TrackingPage on(Browser browser) {
        return new TrackingPage(browser);
    }

    String status() {
        return browser.text("#status");
    }

    String history() {
        return browser.text("#history");
    }

    /** True when the page says the code does not match the folio. */
    boolean saysCodeMismatch() {
        return !browser.all("#code-mismatch").isEmpty();
    }

    String codeMismatch() {
        return browser.text("#code-mismatch");
    }

    int evidencePhotos() {
        return browser.all("#evidence img").size();
    }

    String firstEvidenceAddress() {
        return browser.attribute("#evidence img", "src");
    }

    /**
     * Answers the survey's four questions (true: each one's first choice, false: its second); the form is sent
     * with {@link #sendSurvey()}, after any other answer.
     */
    TrackingPage answerSurvey(boolean fixed, boolean knowsService, boolean effectiveChannel, boolean accountability) {
        browser.click("#survey\\:fixed\\:" + (fixed ? 0 : 1));
        browser.click("#survey\\:knowsService\\:" + (knowsService ? 0 : 1));
        browser.click("#survey\\:effectiveChannel\\:" + (effectiveChannel ? 0 : 1));
        browser.click("#survey\\:accountability\\:" + (accountability ? 0 : 1));
        return this;
    }

    TrackingPage priorityServices(String text) {
        browser.type("#survey\\:priorityServices", text);
        return this;
    }

    /** Asks to reopen the report, saying why. */
    TrackingPage reopenBecause(String reason) {
        browser.click("#survey\\:reopen");
        browser.type("#survey\\:reopenReason", reason);
        return this;
    }

    TrackingPage sendSurvey() {
        browser.clickAndWait("#survey\\:send");
        return this;
    }
}
