package org.puente.web.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The debunks' and news feeds as ROME writes them, read back by ROME: RFC 4287's required elements. */
class AtomFeedTest {

    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");

    private static Feed read(String atom) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(atom));
    }

    @Test
    void aDebunksFeedCarriesItsHeadAndOneEntryPerDebunk() throws Exception {
        AtomFeed.Head head = new AtomFeed.Head(
                "https://puente.example/desmentidos/desmentidos.atom?organismo=MET",
                "https://puente.example/desmentidos",
                "Desmentidos: H. Ayuntamiento de Metepec",
                "H. Ayuntamiento de Metepec",
                Locale.forLanguageTag("es-MX"));
        Feed feed = read(AtomFeed.atom(
                head,
                List.of(
                        new AtomFeed.Item(
                                "https://puente.example/desmentidos/desmentido?id=12",
                                "Falso: «Cortarán el agua una semana»",
                                "No hay ningún corte programado.",
                                Instant.parse("2026-11-20T15:45:00Z"),
                                Instant.parse("2026-11-24T16:00:00Z")),
                        new AtomFeed.Item(
                                "https://puente.example/desmentidos/desmentido?id=9",
                                "Verdadero: «Descuento en el predial»",
                                "Es cierto & está en la Gaceta <oficial>.",
                                Instant.parse("2026-10-02T15:45:00Z"),
                                Instant.parse("2026-10-02T15:45:00Z"))),
                NOW));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(head.self(), feed.getId());
        assertEquals("Desmentidos: H. Ayuntamiento de Metepec", feed.getTitle());
        assertEquals("H. Ayuntamiento de Metepec", feed.getAuthors().get(0).getName());
        assertEquals(Instant.parse("2026-11-24T16:00:00Z"), feed.getUpdated().toInstant(), "the latest change");
        assertEquals(
                List.of("https://puente.example/desmentidos"),
                feed.getAlternateLinks().stream().map(Link::getHref).toList());
        assertEquals(
                List.of("self:" + head.self()),
                feed.getOtherLinks().stream()
                        .map(l -> l.getRel() + ":" + l.getHref())
                        .toList());
        assertEquals(2, feed.getEntries().size());
        Entry first = feed.getEntries().get(0);
        assertEquals("https://puente.example/desmentidos/desmentido?id=12", first.getId());
        assertEquals("Falso: «Cortarán el agua una semana»", first.getTitle());
        assertEquals(Instant.parse("2026-11-24T16:00:00Z"), first.getUpdated().toInstant());
        assertEquals(Instant.parse("2026-11-20T15:45:00Z"), first.getPublished().toInstant());
        assertEquals(
                List.of(first.getId()),
                first.getAlternateLinks().stream().map(Link::getHref).toList());
        assertEquals(
                "Es cierto & está en la Gaceta <oficial>.",
                feed.getEntries().get(1).getSummary().getValue());
    }

    @Test
    void anEmptyNewsFeedIsValidAndDatedNow() throws Exception {
        Feed feed = read(AtomFeed.atom(
                new AtomFeed.Head(
                        "https://puente.example/noticias/noticias.atom",
                        "https://puente.example/noticias",
                        "Noticias y programas: Puente",
                        "Puente",
                        Locale.forLanguageTag("es-MX")),
                List.of(),
                NOW));
        assertEquals(0, feed.getEntries().size());
        assertEquals(NOW, feed.getUpdated().toInstant());
        assertEquals("Noticias y programas: Puente", feed.getTitle());
    }
}
