package org.puente.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.puente.transparency.VisitClassifier.Visit;

/** Real User-Agents, copied by hand from the browsers that send them, and what the figures keep of them. */
class VisitClassifierTest {

    private static VisitClassifier classifier;

    @BeforeAll
    static void parser() {
        classifier = new VisitClassifier();
    }

    private static Visit visit(String ua) {
        Optional<Visit> v = classifier.classify(ua);
        assertTrue(v.isPresent(), "a person's browser: " + ua);
        return v.get();
    }

    @Test
    void anAndroidPhoneWithChrome() {
        assertEquals(
                new Visit(DeviceClass.PHONE, OsFamily.ANDROID, BrowserFamily.CHROME),
                visit("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0"
                        + " Mobile Safari/537.36"));
    }

    @Test
    void aSamsungPhoneWithSamsungInternet() {
        assertEquals(
                new Visit(DeviceClass.PHONE, OsFamily.ANDROID, BrowserFamily.SAMSUNG),
                visit("Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36"));
    }

    @Test
    void anIphoneWithSafari() {
        assertEquals(
                new Visit(DeviceClass.PHONE, OsFamily.IOS, BrowserFamily.SAFARI),
                visit("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                        + " Version/17.4 Mobile/15E148 Safari/604.1"));
    }

    @Test
    void anIpadIsATablet() {
        assertEquals(
                new Visit(DeviceClass.TABLET, OsFamily.IOS, BrowserFamily.SAFARI),
                visit("Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                        + " Version/16.6 Mobile/15E148 Safari/604.1"));
    }

    @Test
    void anAndroidTabletSaysNoMobile() {
        assertEquals(
                new Visit(DeviceClass.TABLET, OsFamily.ANDROID, BrowserFamily.CHROME),
                visit("Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/120.0.0.0 Safari/537.36"));
    }

    @Test
    void windowsWithEdgeIsNotCountedAsChrome() {
        assertEquals(
                new Visit(DeviceClass.DESKTOP, OsFamily.WINDOWS, BrowserFamily.EDGE),
                visit("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80"));
    }

    @Test
    void aMacWithFirefox() {
        assertEquals(
                new Visit(DeviceClass.DESKTOP, OsFamily.MACOS, BrowserFamily.FIREFOX),
                visit("Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:125.0) Gecko/20100101 Firefox/125.0"));
    }

    @Test
    void linuxWithChrome() {
        assertEquals(
                new Visit(DeviceClass.DESKTOP, OsFamily.LINUX, BrowserFamily.CHROME),
                visit(
                        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"));
    }

    @Test
    void robotsAndScriptsAreNotVisits() {
        assertFalse(classifier
                .classify("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
                .isPresent());
        assertFalse(
                classifier
                        .classify("Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36"
                                + " (KHTML, like Gecko) Chrome/124.0.6367.155 Mobile Safari/537.36 (compatible; Googlebot/2.1;"
                                + " +http://www.google.com/bot.html)")
                        .isPresent(),
                "Googlebot for smartphones");
        assertFalse(classifier
                .classify("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")
                .isPresent());
        assertFalse(
                classifier.classify("Mozilla/5.0 (compatible; SemrushCrawler)").isPresent());
        assertFalse(
                classifier
                        .classify("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                                + " HeadlessChrome/124.0.0.0 Safari/537.36")
                        .isPresent(),
                "a headless browser");
        assertFalse(classifier.classify("curl/8.5.0").isPresent());
        assertFalse(classifier.classify("Java-http-client/17.0.12").isPresent());
        assertFalse(classifier.classify(null).isPresent());
        assertFalse(classifier.classify(" ").isPresent());
    }

    @Test
    void aPhoneBrandThatEndsInBotIsStillAPhone() {
        assertEquals(
                new Visit(DeviceClass.PHONE, OsFamily.ANDROID, BrowserFamily.CHROME),
                visit("Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/120.0.0.0 Mobile Safari/537.36"));
    }
}
