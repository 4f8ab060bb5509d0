package org.puente.web.hoax;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import java.util.Map;
import org.puente.hoax.HoaxView;
import org.puente.hoax.Verdict;

/**
 * A debunk's schema.org ClaimReview as JSON-LD, built with JSON-P (never by joining strings), for the page's
 * {@code <script type="application/ld+json">}. Every {@code <} is written as {@code \u003c}, which JSON reads
 * as the same character and which cannot close the script element, whatever the claim says.
 */
public final class ClaimReviewJson {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ClaimReviewJson() {}

    /**
     * @param url the debunk's public address
     * @param verdictText the verdict as the page says it (reviewRating.alternateName)
     * @param siteUrl the public site's address (the author's url)
     */
    public static JsonObject of(HoaxView hoax, String url, String verdictText, String siteUrl) {
        String published = hoax.publishedAt() == null
                ? null
                : hoax.publishedAt()
                        .atZoneSameInstant(hoax.zone())
                        .toLocalDate()
                        .toString();
        var review = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "ClaimReview")
                .add("url", url)
                .add("claimReviewed", hoax.claim())
                .add(
                        "author",
                        JSON.createObjectBuilder()
                                .add("@type", "Organization")
                                .add("name", hoax.bodyName())
                                .add("url", siteUrl))
                .add(
                        "reviewRating",
                        JSON.createObjectBuilder()
                                .add("@type", "Rating")
                                .add("ratingValue", hoax.verdict().rating())
                                .add("worstRating", Verdict.WORST)
                                .add("bestRating", Verdict.BEST)
                                .add("alternateName", verdictText))
                .add(
                        "itemReviewed",
                        JSON.createObjectBuilder()
                                .add("@type", "Claim")
                                .add("datePublished", hoax.seenOn().toString()));
        if (published != null) {
            review.add("datePublished", published);
        }
        return review.build();
    }

    /** The JSON text, safe inside a script element. */
    public static String script(JsonObject json) {
        return json.toString().replace("<", "\\u003c");
    }
}
