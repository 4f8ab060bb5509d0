package org.puente.web.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.question.QuestionStatus;
import org.puente.question.QuestionTopic;
import org.puente.question.QuestionView;
import org.puente.web.communication.AtomFeed;
import org.puente.web.platform.Texts;

/**
 * The answered questions' Atom feed as ROME writes it, read back by ROME; and the QAPage JSON-LD read back by
 * JSON-P, with a text that tries to close the script element.
 */
class QuestionFeedTest {

    private static final OffsetDateTime ANSWERED = OffsetDateTime.parse("2026-10-02T11:30:00-06:00");
    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
    private static final AtomFeed.Head HEAD = new AtomFeed.Head(
            "https://puente.example/preguntas/respondidas.atom?organismo=MET",
            "https://puente.example/preguntas?organismo=MET",
            "Preguntas respondidas · H. Ayuntamiento de Metepec",
            "H. Ayuntamiento de Metepec",
            Locale.forLanguageTag("es-MX"));

    private final ResourceBundle spanish = ResourceBundle.getBundle(Texts.BUNDLE, Locale.forLanguageTag("es-MX"));

    @Test
    void oneEntryPerAnsweredQuestionWithTheAnswerAndTheDisclaimer() throws Exception {
        QuestionView predial = answered(12, "¿Hasta cuándo hay descuento en el predial?", "Hasta el 31 de marzo.");
        QuestionView water = answered(11, "¿Dónde pago el agua?", "En las oficinas del OPDAPAS.");
        String atom = AtomFeed.atom(
                HEAD,
                QuestionFeed.items(
                        List.of(predial, water), id -> "https://puente.example/preguntas/pregunta?id=" + id, spanish),
                NOW);
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(atom));

        assertEquals(HEAD.self(), feed.getId());
        assertEquals("Preguntas respondidas · H. Ayuntamiento de Metepec", feed.getTitle());
        assertEquals("H. Ayuntamiento de Metepec", feed.getAuthors().get(0).getName());
        assertEquals(Instant.parse("2026-10-02T17:30:00Z"), feed.getUpdated().toInstant());
        assertEquals(2, feed.getEntries().size());
        Entry first = feed.getEntries().get(0);
        assertEquals("https://puente.example/preguntas/pregunta?id=12", first.getId());
        assertEquals("¿Hasta cuándo hay descuento en el predial?", first.getTitle());
        assertTrue(first.getSummary()
                .getValue()
                .startsWith("Hasta el 31 de marzo.\n\nEsta respuesta es solo informativa."));
        assertFalse(atom.contains("Paola"), "no author of an answer");
    }

    @Test
    void anEmptyFeedIsStillValid() throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(AtomFeed.atom(HEAD, List.of(), NOW)));
        assertEquals(0, feed.getEntries().size());
        assertEquals(NOW, feed.getUpdated().toInstant());
    }

    @Test
    void theQaPageJsonLdIsValidJsonAndCannotCloseTheScript() {
        QuestionView q = answered(7, "¿Y si escribo </script><script>alert(1)</script>?", "Se muestra \"tal cual\".");
        String json = QuestionJsonLd.of(q, "https://puente.example/preguntas/pregunta?id=7");
        assertFalse(json.contains("<"), json);
        assertTrue(json.contains("\\u003c/script\\u003e"), json);
        JsonObject page = Json.createReader(new StringReader(json)).readObject();
        assertEquals("QAPage", page.getString("@type"));
        JsonObject main = page.getJsonObject("mainEntity");
        assertEquals("Question", main.getString("@type"));
        assertEquals("¿Y si escribo </script><script>alert(1)</script>?", main.getString("text"));
        assertEquals(3, main.getInt("upvoteCount"));
        assertEquals(1, main.getInt("answerCount"));
        assertEquals(
                "Se muestra \"tal cual\".", main.getJsonObject("acceptedAnswer").getString("text"));
        assertEquals(
                "H. Ayuntamiento de Metepec",
                main.getJsonObject("acceptedAnswer").getJsonObject("author").getString("name"));
    }

    private static QuestionView answered(long id, String text, String answer) {
        return new QuestionView(
                id,
                1,
                "MET",
                "H. Ayuntamiento de Metepec",
                ZoneId.of("America/Mexico_City"),
                QuestionTopic.PREDIAL,
                text,
                QuestionStatus.RESPONDIDA,
                3,
                ANSWERED.minusDays(2),
                ANSWERED.minusDays(1),
                id == 12 ? ANSWERED : ANSWERED.minusDays(5),
                new QuestionView.AnswerView(
                        1,
                        answer,
                        List.of("https://metepec.gob.mx"),
                        null,
                        LocalDate.of(2026, 10, 2),
                        ANSWERED,
                        null,
                        null,
                        null),
                null,
                null,
                Set.of(),
                List.of(),
                List.of());
    }
}
