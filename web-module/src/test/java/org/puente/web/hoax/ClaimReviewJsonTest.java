package org.puente.web.hoax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.communication.PublicationStatus;
import org.puente.hoax.HoaxForm;
import org.puente.hoax.HoaxView;
import org.puente.hoax.Verdict;

/** The ClaimReview JSON-LD read back as JSON: its schema.org fields, and no way out of its script element. */
class ClaimReviewJsonTest {

    private static HoaxView hoax(String claim) {
        return new HoaxView(
                7,
                1,
                "MET",
                "H. Ayuntamiento de Metepec",
                ZoneId.of("America/Mexico_City"),
                claim,
                Verdict.ENGANOSO,
                "Explicación",
                LocalDate.of(2026, 11, 20),
                List.of(new HoaxForm.Source("Gaceta", "https://www.metepec.gob.mx/gaceta")),
                PublicationStatus.PUBLICADO,
                // 23:30 on the 22nd in Metepec is already the 23rd in UTC: the date is the body's.
                OffsetDateTime.parse("2026-11-23T05:30:00Z"),
                OffsetDateTime.parse("2026-11-23T05:30:00Z"),
                List.of());
    }

    private static JsonObject read(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void itIsAClaimReviewWithTheFieldsSearchEnginesRead() {
        String script = ClaimReviewJson.script(ClaimReviewJson.of(
                hoax("«Multan con 5,000 pesos por la basura»"),
                "https://puente.example/desmentidos/desmentido?id=7",
                "Engañoso",
                "https://puente.example/"));
        JsonObject json = read(script);
        assertEquals("https://schema.org", json.getString("@context"));
        assertEquals("ClaimReview", json.getString("@type"));
        assertEquals("«Multan con 5,000 pesos por la basura»", json.getString("claimReviewed"));
        assertEquals("https://puente.example/desmentidos/desmentido?id=7", json.getString("url"));
        assertEquals("2026-11-22", json.getString("datePublished"));
        assertEquals("Organization", json.getJsonObject("author").getString("@type"));
        assertEquals("H. Ayuntamiento de Metepec", json.getJsonObject("author").getString("name"));
        JsonObject rating = json.getJsonObject("reviewRating");
        assertEquals("Engañoso", rating.getString("alternateName"));
        assertEquals(2, rating.getInt("ratingValue"));
        assertEquals(1, rating.getInt("worstRating"));
        assertEquals(5, rating.getInt("bestRating"));
        assertEquals("2026-11-20", json.getJsonObject("itemReviewed").getString("datePublished"));
    }

    @Test
    void aClaimThatClosesTheScriptCannotEscapeIt() {
        String claim = "</script><script>alert(\"x\")</script> & <!-- \u2028";
        String script = ClaimReviewJson.script(
                ClaimReviewJson.of(hoax(claim), "https://puente.example/d?id=7", "Falso", "https://puente.example/"));
        assertFalse(script.contains("<"), script);
        assertTrue(script.contains("\\u003c/script>"), script);
        assertEquals(claim, read(script).getString("claimReviewed"), "JSON reads the same claim back");
    }
}
