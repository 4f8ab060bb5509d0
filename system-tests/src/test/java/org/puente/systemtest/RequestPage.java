package org.puente.systemtest;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.WebElement;

/**
 * A chat or forum request's page (/staff/solicitud?id=...), where each party takes its step: the
 * evaluator proposes an adjustment, approves, assigns the expert and schedules with a moderator; the
 * Enlace accepts or counter-proposes. What each form shows (conflicts, errors) and the timeline of
 * every step are read here.
 */
final class RequestPage {

    private final Browser browser;

    private RequestPage(Browser browser) {
        this.browser = browser;
    }

    /** The page at its path, as {@link #path()} gave it. */
    static RequestPage open(Browser browser, String path) {
        browser.open(path);
        return new RequestPage(browser);
    }

    static RequestPage on(Browser browser) {
        return new RequestPage(browser);
    }

    String path() {
        return browser.path();
    }

    String folio() {
        return browser.text("#folio");
    }

    String status() {
        return browser.text("#status");
    }

    String messages() {
        return browser.text("#messages");
    }

    String letterAddress() {
        return browser.attribute("#letter", "href");
    }

    /** The adjustment the evaluator proposed, as the Enlace sees it. */
    String adjustment() {
        return browser.text("#adjustment");
    }

    /** Fills the evaluator's adjustment (window and note) without sending it. */
    RequestPage adjustment(String window, String note) {
        browser.selectValue("#adjust\\:window", window);
        browser.type("#adjust\\:note", note);
        return this;
    }

    String adjustmentWindow() {
        return browser.selectedValue("#adjust\\:window");
    }

    boolean offersAdjustment() {
        return !browser.all("#adjust\\:submit").isEmpty();
    }

    /** Ticks "I saw the conflicts" on the adjustment form. */
    RequestPage adjustmentConflictsSeen() {
        browser.click("#adjust\\:seen");
        return this;
    }

    RequestPage proposeAdjustment() {
        browser.clickAndWait("#adjust\\:submit");
        return this;
    }

    String adjustmentConflicts() {
        return browser.text("#adjust-conflicts");
    }

    /** The Enlace's counter-proposal: another day and window, with a note. */
    RequestPage counterPropose(LocalDate day, String window, String note) {
        browser.date("#counter\\:day", day);
        browser.selectValue("#counter\\:window", window);
        browser.type("#counter\\:note", note);
        browser.clickAndWait("#counter\\:submit");
        return this;
    }

    /** The Enlace accepts the evaluator's adjustment. */
    RequestPage acceptAdjustment() {
        browser.clickAndWait("#accept\\:submit");
        return this;
    }

    RequestPage approve() {
        browser.clickAndWait("#approve\\:submit");
        return this;
    }

    String approvalConflicts() {
        return browser.text("#approve-conflicts");
    }

    List<String> approvalConflictItems() {
        return browser.all("#approve-conflicts li").stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Assigns an expert who has an account (the form's second choice), by the start of his name. */
    RequestPage assignExistingExpert(String name) {
        browser.click("#assign\\:choice\\:1");
        browser.selectStartingWith("#assign\\:expert", name);
        browser.clickAndWait("#assign\\:submit");
        return this;
    }

    String expertAccount() {
        return browser.text("#expert-account");
    }

    /** Chooses the moderator and asks for the conflicts of that schedule. */
    RequestPage reviewSchedule(String moderator) {
        browser.select("#schedule\\:moderator", moderator);
        browser.clickAndWait("#schedule\\:review");
        return this;
    }

    String conflicts() {
        return browser.text("#conflicts");
    }

    /** Ticks "I saw the conflicts" on the scheduling form. */
    RequestPage scheduleConflictsSeen() {
        browser.click("#schedule\\:seen");
        return this;
    }

    RequestPage schedule() {
        browser.clickAndWait("#schedule\\:submit");
        return this;
    }

    /** The error beside a form's field, e.g. {@code error("schedule", "seen")}. */
    String error(String form, String field) {
        return browser.text("#" + form + "\\:" + field + "-error");
    }

    String moderator() {
        return browser.text("#moderator");
    }

    /** The statuses the timeline lists, oldest first. */
    List<String> timelineSteps() {
        return browser.all("#timeline > li .step-status").stream()
                .map(WebElement::getText)
                .toList();
    }

    String timeline() {
        return browser.text("#timeline");
    }

    /** Follows the link to the calendar on the event's day. */
    Browser openCalendar() {
        return browser.clickAndWait("#calendar-link");
    }
}
