package org.puente.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.puente.hoax.HoaxForm;
import org.puente.hoax.Hoaxes;
import org.puente.hoax.PublicHoaxes;
import org.puente.hoax.Verdict;
import org.puente.news.NewsCategory;
import org.puente.news.NewsForm;
import org.puente.news.NewsItems;
import org.puente.platform.InvalidInputException;

/**
 * Debunks and news on the real WAR, Payara Micro and H2: the demo's published pieces and the feeds announced in
 * the head; a draft (and a scheduled item) never reaches a public list, page, image or feed until it is out; HTML
 * and script typed in every field come out escaped or stripped, in the page, its JSON-LD, its Open Graph card and
 * the feed; a file that is not an image is refused on its field and nothing is saved; an agent is kept out of the
 * staff pages (403) and services; every step is in the history and the audit log.
 *
 * <p>One server for the communication desk: this class's tests first, then {@link IncidentNoticeChecks} and {@link
 * PublicQuestionsChecks} (their orders start at 101 and 201), which it inherits.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommunicationIT extends IncidentNoticeChecks {

    private static final String CLAIM = "«El predial sube 40 % en enero»";
    private static final String NEWS_TITLE = "Feria del empleo en el Palacio Municipal";
    private static final String EVIL = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private static long hoax;
    private static long news;
    private static long scheduled;

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("puente.war")))
                .addClasses(
                        CommunicationIT.class,
                        SignedInCalls.class,
                        TestSql.class,
                        IncidentNoticeChecks.class,
                        PublicQuestionsChecks.class)
                .addAsResource(new StringAsset("puente.demo=true\n"), "META-INF/microprofile-config.properties");
    }

    @Inject
    private Hoaxes hoaxes;

    @Inject
    private NewsItems newsItems;

    @Inject
    private PublicHoaxes publicHoaxes;

    @Test
    @Order(1)
    void theDemoHasPublishedDebunksAndNewsAndTheHeadAnnouncesTheirFeeds() throws Exception {
        assertEquals(5, db().number("select count(*) from hoax where status = 'PUBLICADO'"));
        assertEquals(1, db().number("select count(*) from hoax where status = 'BORRADOR'"));
        assertEquals(10, db().number("select count(*) from news_item"));
        assertEquals(
                1,
                db().number("select count(*) from news_item where status = 'PUBLICADO'"
                        + " and publish_at > current_timestamp"));
        String home = page("/").body();
        assertTrue(
                home.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + context()
                        + "/desmentidos/desmentidos.atom?organismo=MET\""),
                "the debunks' feed in the head");
        assertTrue(
                home.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + context()
                        + "/noticias/noticias.atom?organismo=MET\""),
                "the news feed in the head");
        String list = page("/desmentidos").body();
        assertTrue(list.contains("El predial se puede pagar con descuento"), "the latest published debunk");
        assertFalse(list.contains("Cerrarán el mercado municipal"), "the demo's draft is not public");
        String allNews = page("/noticias").body();
        assertFalse(allNews.contains("Inicia la campaña de descuentos en el pago del agua"), "the scheduled item");
        assertFalse(allNews.contains("Borrador: balance del operativo"), "the draft");
        assertTrue(page("/noticias?categoria=CONVOCATORIA").body().contains("Presupuesto participativo 2027"));
        assertFalse(page("/noticias?categoria=CONVOCATORIA").body().contains("Metepec Limpio"));
    }

    @Test
    @Order(2)
    void aDraftNeverReachesThePublicUntilItIsPublished() throws Exception {
        hoax = as(
                "comunicacion",
                () -> hoaxes.create(new HoaxForm(
                        metepec(),
                        CLAIM,
                        Verdict.FALSO,
                        "El impuesto predial de 2027 se calcula con las mismas tablas de valores que 2026.",
                        today().minusDays(1),
                        List.of(
                                new HoaxForm.Source("", ""),
                                new HoaxForm.Source("Tesorería: predial", "https://www.metepec.gob.mx/predial")))));
        news = as(
                "comunicacion",
                () -> newsItems.create(
                        new NewsForm(
                                metepec(),
                                NEWS_TITLE,
                                "Más de 40 empresas ofrecen vacantes.",
                                "<p>Lleva tu <strong>solicitud</strong>.</p>",
                                NewsCategory.CONVOCATORIA,
                                null),
                        png()));
        LocalDateTime nextWeek =
                LocalDateTime.now(zone()).plusDays(7).withSecond(0).withNano(0);
        scheduled = as(
                "comunicacion",
                () -> newsItems.create(
                        new NewsForm(
                                metepec(),
                                "Noticia programada para la semana próxima",
                                "Aparece cuando llegue su hora.",
                                "<p>Texto.</p>",
                                NewsCategory.NOTICIA,
                                nextWeek),
                        png()));
        as("comunicacion", () -> newsItems.publish(scheduled));

        assertFalse(page("/desmentidos").body().contains("El predial sube 40"));
        assertEquals(404, page("/desmentidos/desmentido?id=" + hoax).statusCode());
        assertTrue(as("anonimo", () -> publicHoaxes.find(hoax)).isEmpty(), "the Q&A's read of a draft: none");
        assertFalse(page("/desmentidos/desmentidos.atom?organismo=MET").body().contains("El predial sube 40"));
        for (long item : List.of(news, scheduled)) {
            assertEquals(404, page("/noticias/noticia?id=" + item).statusCode());
            assertEquals(404, page("/noticias/imagen?id=" + item).statusCode(), "nor its image");
        }
        String newsFeed = page("/noticias/noticias.atom").body();
        assertFalse(newsFeed.contains(NEWS_TITLE));
        assertFalse(newsFeed.contains("Noticia programada"), "a future item is not in the feed");
        assertFalse(page("/noticias").body().contains("Noticia programada"));

        as("comunicacion", () -> hoaxes.publish(hoax));
        as("comunicacion", () -> newsItems.publish(news));
        assertTrue(page("/desmentidos").body().contains("El predial sube 40"));
        HttpResponse<String> one = page("/desmentidos/desmentido?id=" + hoax);
        assertEquals(200, one.statusCode());
        JsonObject review = jsonLd(one.body());
        assertEquals("ClaimReview", review.getString("@type"));
        assertEquals(CLAIM, review.getString("claimReviewed"));
        assertEquals("Falso", review.getJsonObject("reviewRating").getString("alternateName"));
        assertEquals(today().toString(), review.getString("datePublished"));
        assertTrue(review.getString("url").endsWith("/desmentidos/desmentido?id=" + hoax));
        assertTrue(as("anonimo", () -> publicHoaxes.find(hoax)).isPresent());

        Feed hoaxFeed = feed("/desmentidos/desmentidos.atom?organismo=MET");
        Entry first = hoaxFeed.getEntries().get(0);
        assertEquals("Falso: " + CLAIM, first.getTitle(), "the latest changed first");
        assertTrue(first.getId().endsWith("/desmentidos/desmentido?id=" + hoax));
        Feed newsOut = feed("/noticias/noticias.atom?organismo=MET");
        assertEquals(NEWS_TITLE, newsOut.getEntries().get(0).getTitle());
        assertFalse(newsOut.getEntries().stream().anyMatch(e -> e.getTitle().contains("programada")));
        assertEquals(9, newsOut.getEntries().size(), "the demo's 8 items out and this one, not the scheduled ones");

        HttpResponse<String> item = page("/noticias/noticia?id=" + news);
        assertEquals(200, item.statusCode());
        long imageId = db().number("select image_id from news_item where id = ?", news);
        assertTrue(item.body().contains("<meta property=\"og:image\" content=\"http"), "an absolute og:image");
        assertTrue(item.body().contains("/noticias/imagen?id=" + news + "&amp;v=" + imageId + "\""));
        assertTrue(item.body().contains("<meta property=\"og:type\" content=\"article\""));
        assertTrue(item.body().contains("<meta property=\"og:title\" content=\"" + NEWS_TITLE + "\""));
        HttpResponse<byte[]> image = bytes("/noticias/imagen?id=" + news + "&v=" + imageId);
        assertEquals(200, image.statusCode());
        assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertEquals(
                "public, max-age=86400",
                image.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(
                40, ImageIO.read(new java.io.ByteArrayInputStream(image.body())).getWidth());
    }

    @Test
    @Order(3)
    void htmlAndScriptInEveryFieldAreEscapedOrStripped() throws Exception {
        long evilHoax = as(
                "comunicacion",
                () -> hoaxes.create(new HoaxForm(
                        metepec(),
                        "«</script>" + EVIL + "»",
                        Verdict.ENGANOSO,
                        "Explicación " + EVIL,
                        today(),
                        List.of(new HoaxForm.Source(
                                "Fuente " + EVIL, "https://www.metepec.gob.mx/gaceta?q=%3Cscript%3E")))));
        as("comunicacion", () -> hoaxes.publish(evilHoax));
        String page = page("/desmentidos/desmentido?id=" + evilHoax).body();
        assertFalse(page.contains("<script>alert"), "no script runs");
        assertFalse(page.contains("<img src=x"), "no image tag from the text");
        assertTrue(
                page.contains("&lt;script&gt;alert('x')&lt;/script&gt;")
                        || page.contains("&lt;script&gt;alert(&#39;x&#39;)"),
                "the claim is shown escaped");
        JsonObject review = jsonLd(page);
        assertEquals("«</script>" + EVIL + "»", review.getString("claimReviewed"), "JSON-LD keeps the text, inert");
        assertFalse(page("/desmentidos").body().contains("<script>alert"));
        assertFalse(page("/desmentidos/desmentidos.atom").body().contains("<script>"), "escaped in the feed's XML");

        long evilNews = as(
                "comunicacion",
                () -> newsItems.create(
                        new NewsForm(
                                metepec(),
                                "Título <b>" + EVIL + "</b>",
                                "Resumen \"" + EVIL,
                                "<p onclick=\"x()\">Texto <strong>fuerte</strong> <a href=\"javascript:alert(3)\">aquí</a>"
                                        + " <a href=\"https://www.metepec.gob.mx\">sitio</a></p>" + EVIL,
                                NewsCategory.NOTICIA,
                                null),
                        null));
        assertEquals(
                "<p>Texto <strong>fuerte</strong> <a rel=\"nofollow noopener\">aquí</a>"
                        + " <a href=\"https://www.metepec.gob.mx\" rel=\"nofollow noopener\">sitio</a></p>",
                db().string("select html from news_item where id = ?", evilNews),
                "cleaned when saved");
        db().update("update news_item set html = ? where id = ?", "<p>Otra vía</p><script>alert(4)</script>", evilNews);
        as("comunicacion", () -> newsItems.publish(evilNews));
        String item = page("/noticias/noticia?id=" + evilNews).body();
        assertFalse(item.contains("<script>alert"), "a row written another way is cleaned again when shown");
        assertTrue(item.contains("<p>Otra vía</p>"));
        assertFalse(item.contains("<img src=x"), "the title's tags are shown as text");
        assertFalse(item.contains("javascript:"));
        assertTrue(item.contains("<meta property=\"og:description\" content=\"Resumen &quot;"), "the card is escaped");
        assertFalse(page("/noticias").body().contains("<script>alert"));
        assertFalse(page("/noticias/noticias.atom").body().contains("<script>"));
    }

    @Test
    @Order(4)
    void aFileThatIsNotAnImageIsRefusedOnItsFieldAndNothingIsSaved() throws Exception {
        long items = db().number("select count(*) from news_item");
        long images = db().number("select count(*) from news_image");
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> as(
                        "comunicacion",
                        () -> newsItems.create(
                                new NewsForm(
                                        metepec(),
                                        "Con imagen falsa",
                                        "Resumen",
                                        "<p>T</p>",
                                        NewsCategory.NOTICIA,
                                        null),
                                "%PDF-1.7 esto no es una imagen".getBytes(StandardCharsets.UTF_8))));
        assertEquals(
                List.of("image:news.image.type"),
                refused.getProblems().stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .toList());
        InvalidInputException both = assertThrows(
                InvalidInputException.class,
                () -> as(
                        "comunicacion",
                        () -> newsItems.edit(
                                news,
                                new NewsForm(metepec(), "", "Resumen", "<p>T</p>", NewsCategory.NOTICIA, null),
                                "GIF89a no es JPEG ni PNG".getBytes(StandardCharsets.UTF_8))));
        assertEquals(
                List.of("title:news.title.required", "image:news.image.type"),
                both.getProblems().stream()
                        .map(p -> p.getField() + ":" + p.getMessageKey())
                        .toList(),
                "every refusal at once, each on its field");
        assertEquals(items, db().number("select count(*) from news_item"));
        assertEquals(images, db().number("select count(*) from news_image"));
        assertEquals(NEWS_TITLE, db().string("select title from news_item where id = ?", news));
    }

    @Test
    @Order(5)
    void anAgentWithoutComunicacionIsKeptOut() throws Exception {
        assertThrows(EJBAccessException.class, () -> as("agente", () -> hoaxes.list(1)));
        assertThrows(EJBAccessException.class, () -> as("agente", () -> newsItems.publish(news)));
        Browser agent = new Browser();
        agent.signIn("agente");
        for (String path : List.of(
                "/staff/desmentidos",
                "/staff/desmentido",
                "/staff/desmentido?id=" + hoax,
                "/staff/noticias",
                "/staff/noticia",
                "/staff/noticia?id=" + news)) {
            assertEquals(403, agent.get(path).statusCode(), path);
        }
        Browser own = new Browser();
        own.signIn("comunicacion");
        HttpResponse<String> desk = own.get("/staff/desmentido?id=" + hoax);
        assertEquals(200, desk.statusCode());
        assertTrue(desk.body().contains("Paola Jiménez Arriaga"), "staff read who did each step");
        assertFalse(page("/desmentidos/desmentido?id=" + hoax).body().contains("Paola Jiménez Arriaga"));
        assertEquals(200, own.get("/staff/noticias").statusCode());
        assertEquals(200, own.get("/noticias/imagen?id=" + scheduled).statusCode(), "staff preview a scheduled image");
        assertEquals(404, page("/noticias/imagen?id=" + scheduled).statusCode());
    }

    @Test
    @Order(6)
    void everyStepIsInTheHistoryAndTheAuditLog() throws Exception {
        assertEquals(
                List.of(
                        List.of("CREATED", "BORRADOR", "comunicacion"),
                        List.of("PUBLISHED", "PUBLICADO", "comunicacion")),
                db().rows(
                                "select u.kind, u.status, a.username from hoax_update u join user_account a"
                                        + " on a.id = u.author_id where u.hoax_id = ? order by u.id",
                                hoax));
        assertEquals(
                List.of(
                        List.of("HOAX_CHANGED", "comunicacion", "created FALSO"),
                        List.of("HOAX_CHANGED", "comunicacion", "published")),
                db().rows(
                                "select action, actor_name, detail from audit_entry where subject_type = 'Hoax'"
                                        + " and subject_ref = ? order by id",
                                String.valueOf(hoax)));
        assertEquals(
                List.of("created CONVOCATORIA with image", "published for "),
                db()
                        .strings(
                                "select detail from audit_entry where subject_type = 'NewsItem' and subject_ref = ?"
                                        + " order by id",
                                String.valueOf(news))
                        .stream()
                        .map(d -> d.startsWith("published for ") ? "published for " : d)
                        .toList());
    }

    // Helpers

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 21, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static JsonObject jsonLd(String html) {
        Matcher m = Pattern.compile(
                        "<script type=\"application/ld\\+json\" id=\"claim-review\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "a ClaimReview in the page");
        try (JsonReader reader = Json.createReader(new StringReader(m.group(1)))) {
            return reader.readObject();
        }
    }

    private Feed feed(String path) throws Exception {
        HttpResponse<String> atom = page(path);
        assertEquals(200, atom.statusCode());
        assertTrue(atom.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        return (Feed) new WireFeedInput().build(new StringReader(atom.body()));
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private LocalDate today() throws Exception {
        return LocalDate.now(zone());
    }

    private <T> T as(String username, Callable<T> part) throws Exception {
        if ("anonimo".equals(username)) {
            return part.call();
        }
        return SignedInCalls.as(URI.create(base() + "/it/signed-in"), username, part);
    }
}
