package org.puente.news;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The formatting a news item's body may carry, and nothing else: paragraphs, line breaks, bold, italics, lists
 * and links (http, https or mailto only, each with {@code rel="nofollow noopener"}), cleaned by jsoup's {@link
 * Safelist}. Every other tag, every attribute (on*, style, class) and every other address ({@code javascript:},
 * {@code data:}, a relative one) is dropped, keeping the text. Applied when staff save and again whenever a page
 * renders the body, so that a row written by any other path is never shown raw.
 */
public final class NewsHtml {

    private static final Safelist ALLOWED = Safelist.none()
            .addTags("p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private static final Document.OutputSettings COMPACT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private NewsHtml() {}

    /** The allowed part of {@code html}; null for null. */
    public static String clean(String html) {
        if (html == null) {
            return null;
        }
        return Jsoup.clean(html, "", ALLOWED, COMPACT);
    }

    /** The text a reader sees, without any tag (blank when the body says nothing). */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(clean(html)).text();
    }
}
