package org.puente.web.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.incident.AffectedService;
import org.puente.incident.NoticeStatus;
import org.puente.incident.NoticeUpdate;
import org.puente.incident.NoticeView;
import org.puente.incident.ServiceChannel;
import org.puente.web.communication.AtomFeed;
import org.puente.web.platform.Texts;

/** The Atom feed as ROME writes it, read back by ROME: RFC 4287's required elements, in Spanish. */
class NoticeFeedTest {

    private static final ZoneId METEPEC = ZoneId.of("America/Mexico_City");
    private static final OffsetDateTime OPENED = OffsetDateTime.parse("2026-11-23T10:05:00-06:00");
    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
    private static final AtomFeed.Head HEAD = new AtomFeed.Head(
            "https://puente.example/estado/avisos.atom?organismo=MET",
            "https://puente.example/estado?organismo=MET",
            "Avisos de incidencias: H. Ayuntamiento de Metepec",
            "H. Ayuntamiento de Metepec",
            Locale.forLanguageTag("es-MX"));

    private final ResourceBundle spanish = ResourceBundle.getBundle(Texts.BUNDLE, Locale.forLanguageTag("es-MX"));

    @Test
    void aFeedCarriesItsIdTitleAuthorUpdatedAndOneEntryPerNotice() throws Exception {
        NoticeView phone = notice(
                41,
                "La línea *7311 no recibe llamadas",
                AffectedService.CANAL,
                ServiceChannel.LINEA_7311,
                NoticeStatus.RESUELTO,
                List.of(
                        line(NoticeUpdate.Kind.OPENED, OPENED, "Revisamos la falla."),
                        line(NoticeUpdate.Kind.RESOLVED, OPENED.plusHours(2), "Funciona de nuevo.")));
        NoticeView site = notice(
                40,
                "El sitio responde con lentitud",
                AffectedService.SITIO_WEB,
                null,
                NoticeStatus.INVESTIGANDO,
                List.of(line(NoticeUpdate.Kind.OPENED, OPENED.minusDays(3), "Las páginas tardan.")));

        Feed feed = read(AtomFeed.atom(
                HEAD,
                NoticeFeed.items(List.of(phone, site), id -> "https://puente.example/estado/aviso?id=" + id, spanish),
                NOW));

        assertEquals(HEAD.self(), feed.getId());
        assertEquals("Avisos de incidencias: H. Ayuntamiento de Metepec", feed.getTitle());
        assertEquals("H. Ayuntamiento de Metepec", feed.getAuthors().get(0).getName());
        assertEquals(Instant.parse("2026-11-23T18:05:00Z"), feed.getUpdated().toInstant(), "the latest change");
        assertEquals(
                List.of("self:" + HEAD.self()),
                feed.getOtherLinks().stream()
                        .map(l -> l.getRel() + ":" + l.getHref())
                        .toList());
        assertEquals(
                List.of(HEAD.page()),
                feed.getAlternateLinks().stream().map(Link::getHref).toList());
        assertEquals(2, feed.getEntries().size());

        Entry first = feed.getEntries().get(0);
        assertEquals("https://puente.example/estado/aviso?id=41", first.getId());
        assertEquals("Resuelto: La línea *7311 no recibe llamadas", first.getTitle());
        assertEquals(Instant.parse("2026-11-23T18:05:00Z"), first.getUpdated().toInstant());
        assertEquals(Instant.parse("2026-11-23T16:05:00Z"), first.getPublished().toInstant());
        assertEquals(
                "Canal de atención (Línea telefónica *7311). Funciona de nuevo.",
                first.getSummary().getValue());
        assertEquals("text", first.getSummary().getType());
        assertEquals(
                List.of(first.getId()),
                first.getAlternateLinks().stream().map(Link::getHref).toList());
        Entry second = feed.getEntries().get(1);
        assertEquals("Investigando: El sitio responde con lentitud", second.getTitle());
        assertEquals("Sitio web. Las páginas tardan.", second.getSummary().getValue());
    }

    @Test
    void anEmptyFeedIsStillValidAndUpdatedNow() throws Exception {
        String xml = AtomFeed.atom(HEAD, List.of(), NOW);
        Feed feed = read(xml);
        assertEquals(NOW, feed.getUpdated().toInstant());
        assertEquals(0, feed.getEntries().size());
        assertFalse(xml.contains("<entry"));
    }

    @Test
    void aChannelsFormSaysWhatToDoInsteadAndOtherPagesDoNot() {
        assertEquals(
                "incidentNotice.instead.LINEA_7311",
                NoticeBanner.insteadOn(ServiceChannel.LINEA_7311, "/reportar.xhtml"));
        assertEquals(
                "incidentNotice.instead.LINEA_7311",
                NoticeBanner.insteadOn(ServiceChannel.LINEA_7311, "/peticion.xhtml"));
        assertEquals(
                "incidentNotice.instead.FORMULARIO_REPORTES",
                NoticeBanner.insteadOn(ServiceChannel.FORMULARIO_REPORTES, "/reportar.xhtml"));
        assertNull(NoticeBanner.insteadOn(ServiceChannel.FORMULARIO_REPORTES, "/peticion.xhtml"));
        assertEquals("incidentNotice.instead.CHAT", NoticeBanner.insteadOn(ServiceChannel.CHAT, "/chat.xhtml"));
        assertNull(NoticeBanner.insteadOn(ServiceChannel.LINEA_7311, "/index.xhtml"));
        assertNull(NoticeBanner.insteadOn(null, "/reportar.xhtml"), "a site incident has no channel");
        for (ServiceChannel channel : ServiceChannel.values()) {
            spanish.getString("incidentNotice.instead." + channel.name());
        }
    }

    private static Feed read(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(xml));
    }

    private static NoticeView.Line line(NoticeUpdate.Kind kind, OffsetDateTime at, String text) {
        return new NoticeView.Line(kind, at, NoticeStatus.INVESTIGANDO, text, null);
    }

    private static NoticeView notice(
            long id,
            String title,
            AffectedService affected,
            ServiceChannel channel,
            NoticeStatus status,
            List<NoticeView.Line> lines) {
        return new NoticeView(
                id,
                7,
                "MET",
                "H. Ayuntamiento de Metepec",
                METEPEC,
                title,
                affected,
                channel,
                null,
                null,
                false,
                false,
                status,
                lines.get(0).at(),
                status == NoticeStatus.RESUELTO ? lines.get(lines.size() - 1).at() : null,
                lines.get(lines.size() - 1).at(),
                lines,
                Set.of());
    }
}
