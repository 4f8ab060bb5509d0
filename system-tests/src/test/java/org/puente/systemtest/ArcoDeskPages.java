package org.puente.systemtest;

/** The ARCO desk: the list /staff/arco and one request /staff/arco-caso?id=, as the data-protection officer uses them. */
final class ArcoDeskPages {

    private final Browser browser;

    private ArcoDeskPages(Browser browser) {
        this.browser = browser;
    }

    static ArcoDeskPages open(Browser browser) {
        browser.open("/staff/arco");
        return new ArcoDeskPages(browser);
    }

    /** The row of the list with this folio: its text (right, state, light, dates). */
    String row(String folio) {
        return browser.attributes("#requests tbody tr", "textContent").stream()
                .map(t -> t.replaceAll("\\s+", " ").strip())
                .filter(t -> t.contains(folio))
                .findFirst()
                .orElseThrow(() -> new AssertionError(folio + " is not on the desk: " + browser.pageText()));
    }

    /** Opens the request by its folio's link on the list. */
    ArcoDeskPages openRequest(String folio) {
        String href = browser.all("#requests a").stream()
                .filter(a -> a.getText().strip().equals(folio))
                .map(a -> a.getAttribute("href"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + folio));
        browser.open(href.substring(Browser.BASE_URL.length()));
        return this;
    }

    ArcoDeskPages answer(String text) {
        browser.type("#respond\\:response", text);
        browser.clickAndWait("#respond\\:submit");
        return this;
    }

    ArcoDeskPages carryOutCancellation() {
        browser.clickAndWait("#cancel\\:submit");
        return this;
    }

    String state() {
        return browser.text("#state");
    }

    String executionDue() {
        return browser.text("#execution-due");
    }

    String history() {
        return browser.text("#history");
    }
}
