package org.puente.systemtest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The public report form (/reportar), with the steps a citizen takes: choose the service and the colonia,
 * describe the problem, attach photos, accept the privacy notice, send; and what the page then says
 * (a field's error, the similar-reports panel). The operator's intake shares the form's ids but is used
 * with the keyboard: {@link OperatorIntakePage}.
 */
final class ReportFormPage {

    private final Browser browser;

    ReportFormPage(Browser browser) {
        this.browser = browser;
    }

    static ReportFormPage open(Browser browser) {
        return open(browser, "/reportar");
    }

    /** The form at an address of its own, e.g. {@code /reportar?servicio=bacheo&municipio=MET}. */
    static ReportFormPage open(Browser browser, String path) {
        browser.open(path);
        return new ReportFormPage(browser);
    }

    /** The form the browser shows now (e.g. after a refused submission). */
    static ReportFormPage on(Browser browser) {
        return new ReportFormPage(browser);
    }

    ReportFormPage service(String name) {
        browser.select("#report\\:service", name);
        return this;
    }

    ReportFormPage colonia(String name) {
        browser.select("#report\\:colonia", name);
        return this;
    }

    ReportFormPage description(String text) {
        browser.type("#report\\:description", text);
        return this;
    }

    ReportFormPage street(String text) {
        browser.type("#report\\:street", text);
        return this;
    }

    ReportFormPage reference(String text) {
        browser.type("#report\\:reference", text);
        return this;
    }

    ReportFormPage contactName(String text) {
        browser.type("#report\\:contactName", text);
        return this;
    }

    ReportFormPage contactEmail(String text) {
        browser.type("#report\\:contactEmail", text);
        return this;
    }

    /** Service, colonia, description and street: what every report needs. */
    ReportFormPage fill(String service, String colonia, String description, String street) {
        return service(service).colonia(colonia).description(description).street(street);
    }

    /** Chooses the files in the photo input (several at once, as a file chooser does). */
    ReportFormPage photos(Path... files) {
        browser.keys(
                "#report\\:photos", Arrays.stream(files).map(Path::toString).collect(Collectors.joining("\n")));
        return this;
    }

    /** Empties the contact fields the form shows (a signed-in citizen finds his own filled in). */
    ReportFormPage clearContact() {
        for (String field :
                new String[] {"#report\\:contactName", "#report\\:contactEmail", "#report\\:contactPhone"}) {
            if (!browser.all(field).isEmpty()) {
                browser.find(field).clear();
            }
        }
        return this;
    }

    ReportFormPage acceptPrivacyNotice() {
        browser.click("#report\\:privacyConsent");
        return this;
    }

    /** Sends the form once; the browser shows the receipt, the form with errors, or the similar reports. */
    ReportFormPage submit() {
        browser.clickAndWait("#report\\:submit");
        return this;
    }

    /**
     * Sends the form and, when the similar-reports panel comes up (other reports nearby, e.g. from an
     * earlier run), says it is another problem; the browser then shows whatever came next.
     */
    Browser submitPastSimilar() {
        submit();
        if (showsSimilar()) {
            submit();
        }
        return browser;
    }

    /** On the similar-reports panel: files the report anyway with its own button. */
    Browser fileAnyway() {
        return browser.clickAndWait("#report\\:fileAnyway");
    }

    boolean showsSimilar() {
        return !browser.all("#similar").isEmpty();
    }

    /** The similar-reports panel's text (the folios offered). */
    String similar() {
        return browser.text("#similar");
    }

    String selectedService() {
        return browser.selected("#report\\:service");
    }

    /** The error shown under a field, e.g. {@code error("description")}. */
    String error(String field) {
        return browser.text("#report\\:" + field + "-error");
    }

    /** What a field holds now, e.g. {@code value("contactEmail")}. */
    String value(String field) {
        return browser.attribute("#report\\:" + field, "value");
    }

    /** What the form says about the photos it holds while the citizen decides. */
    String photosHeld() {
        return browser.text("#report\\:photos-held");
    }
}
