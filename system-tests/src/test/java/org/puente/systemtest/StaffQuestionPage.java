package org.puente.systemtest;

/**
 * The staff's public questions: the queue (/staff/preguntas?filtro=...) and one question (/staff/pregunta?id=N)
 * with its moderation buttons and the answer editor (with its related-debunk picker).
 */
final class StaffQuestionPage {

    private final Browser browser;

    private StaffQuestionPage(Browser browser) {
        this.browser = browser;
    }

    static StaffQuestionPage queue(Browser browser, String filter) {
        browser.open("/staff/preguntas?filtro=" + filter);
        return new StaffQuestionPage(browser);
    }

    /** Opens the question of the queue whose text starts so. */
    StaffQuestionPage openQuestion(String textStart) {
        browser.waitUntil(
                "the question in the queue",
                java.time.Duration.ofSeconds(10),
                () -> browser.all("#questions a.qa-question").stream()
                        .anyMatch(a -> a.getText().startsWith(textStart)));
        String href = browser.all("#questions a.qa-question").stream()
                .filter(a -> a.getText().startsWith(textStart))
                .findFirst()
                .orElseThrow()
                .getAttribute("href");
        browser.open(href.substring(href.indexOf("/staff/")));
        return this;
    }

    StaffQuestionPage publish() {
        browser.clickAndWait("#moderate\\:publish");
        return this;
    }

    StaffQuestionPage answer(String text, String sources, java.time.LocalDate reviewedOn) {
        browser.type("#answering\\:answer", text);
        browser.type("#answering\\:sources", sources);
        if (reviewedOn != null) {
            browser.date("#answering\\:reviewedOn", reviewedOn);
        }
        browser.clickAndWait("#answering\\:submit");
        return this;
    }

    /** Chooses the related debunk whose option (verdict: claim) contains a text. */
    StaffQuestionPage debunk(String claimPart) {
        String value = browser.all("#answering\\:debunk option").stream()
                .filter(o -> o.getText().contains(claimPart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no debunk offered with " + claimPart))
                .getAttribute("value");
        browser.selectValue("#answering\\:debunk", value);
        return this;
    }

    String status() {
        return browser.text("#status");
    }

    String error(String form, String field) {
        return browser.text("#" + form + "\\:" + field + "-error");
    }
}
