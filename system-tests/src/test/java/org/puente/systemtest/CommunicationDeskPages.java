package org.puente.systemtest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The communication staff's desks as they use them: an incident notice (/staff/aviso), a debunk
 * (/staff/desmentido) and a news item (/staff/noticia), each written, then published or resolved.
 */
final class CommunicationDeskPages {

    private final Browser browser;

    private CommunicationDeskPages(Browser browser) {
        this.browser = browser;
    }

    static CommunicationDeskPages of(Browser browser) {
        return new CommunicationDeskPages(browser);
    }

    /** Publishes a notice of a channel that is down; returns its id. */
    long publishChannelNotice(String title, String channel, LocalDateTime started, String text) {
        browser.open("/staff/aviso");
        browser.type("#notice\\:title", title);
        browser.select("#notice\\:affected", "Canal de atención");
        browser.select("#notice\\:channel", channel);
        dateTime("#notice\\:startedAt", started);
        browser.type("#notice\\:text", text);
        browser.clickAndWait("#notice\\:publish");
        return idOf(browser.path());
    }

    void resolveNotice(long id, String text) {
        browser.open("/staff/aviso?id=" + id);
        browser.type("#resolve\\:text", text);
        browser.clickAndWait("#resolve\\:submit");
    }

    /** Writes a debunk and publishes it; returns its id. */
    long publishDebunk(String claim, String verdict, String explanation, LocalDate seen, String source, String url) {
        browser.open("/staff/desmentido");
        browser.type("#hoax\\:claim", claim);
        browser.select("#hoax\\:verdict", verdict);
        browser.type("#hoax\\:explanation", explanation);
        browser.date("#hoax\\:seenOn", seen);
        browser.type("#hoax\\:sourceTitle0", source);
        browser.type("#hoax\\:sourceUrl0", url);
        browser.clickAndWait("#hoax\\:create");
        long id = idOf(browser.path());
        browser.clickAndWait("#steps\\:publish");
        return id;
    }

    /** Writes a news item with an image and publishes it; returns its id. */
    long publishNews(String title, String summary, String html, String category, Path image) {
        browser.open("/staff/noticia");
        browser.type("#news\\:title", title);
        browser.type("#news\\:summary", summary);
        browser.type("#news\\:html", html);
        browser.select("#news\\:category", category);
        browser.find("#news\\:image").sendKeys(image.toAbsolutePath().toString());
        browser.clickAndWait("#news\\:create");
        long id = idOf(browser.path());
        browser.clickAndWait("#steps\\:publish");
        return id;
    }

    private void dateTime(String css, LocalDateTime at) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        browser.find(css),
                        at.withSecond(0).withNano(0).toString());
    }

    private static long idOf(String path) {
        int at = path.indexOf("id=");
        if (at < 0) {
            throw new AssertionError("not on a saved piece's page: " + path);
        }
        return Long.parseLong(path.substring(at + 3).replaceAll("[^0-9].*$", ""));
    }
}
