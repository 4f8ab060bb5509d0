package org.puente.setup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.puente.hoax.Hoax;
import org.puente.hoax.HoaxContent;
import org.puente.hoax.HoaxSource;
import org.puente.hoax.Verdict;
import org.puente.identity.UserAccount;
import org.puente.news.NewsCategory;
import org.puente.news.NewsContent;
import org.puente.news.NewsImages;
import org.puente.news.NewsItem;
import org.puente.organization.Body;

/**
 * The demo municipality's debunks and news of the last months, written through their own verbs by its
 * communication staff, each with its history: six debunks (one still a draft) of rumours about water cuts,
 * fines, procedures and programmes, and ten news items, programmes and calls (one a draft, one scheduled for
 * next week), some with an illustration drawn here.
 */
@Stateless
public class DemoCommunication {

    private static final String SITE = "https://www.metepec.gob.mx";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private Clock clock;

    public void generate(Body body, UserAccount by) {
        LocalDate today = LocalDate.now(clock.withZone(body.getTimeZone()));
        hoaxes(body, by, today);
        news(body, by, today);
    }

    private void hoaxes(Body body, UserAccount by, LocalDate today) {
        hoax(
                body,
                by,
                today,
                150,
                true,
                "«El agua potable de Metepec se cortará una semana completa en diciembre.»",
                Verdict.FALSO,
                "No hay ningún corte programado de una semana. Los trabajos de mantenimiento de pozos se anuncian con"
                        + " al menos tres días de anticipación, por colonia, y duran un día como máximo.",
                List.of(
                        new HoaxSource("Avisos de mantenimiento del organismo de agua", SITE + "/agua/avisos"),
                        new HoaxSource("Calendario de mantenimiento de pozos", SITE + "/agua/calendario")));
        hoax(
                body,
                by,
                today,
                118,
                true,
                "«Desde este mes multan con 5,000 pesos por sacar la basura fuera del horario.»",
                Verdict.ENGANOSO,
                "El Bando Municipal sí prevé una sanción por dejar residuos en la vía pública fuera del horario de"
                        + " recolección, pero es una amonestación la primera vez y una multa de entre 10 y 50 UMA"
                        + " después; no hay una multa fija de 5,000 pesos ni una regla nueva este mes.",
                List.of(new HoaxSource("Bando Municipal de Metepec vigente", SITE + "/transparencia/bando-municipal")));
        hoax(
                body,
                by,
                today,
                84,
                true,
                "«Para reportar un bache por el *7311 ahora hay que pagar una cuota.»",
                Verdict.FALSO,
                "Reportar un bache, una luminaria o una fuga es gratuito por cualquier canal: la línea *7311, el sitio"
                        + " o las ventanillas. Nadie del Ayuntamiento puede pedirte un pago por levantar un reporte.",
                List.of(
                        new HoaxSource("Cómo reportar un servicio", SITE + "/reportes"),
                        new HoaxSource("Catálogo de trámites y servicios", SITE + "/tramites")));
        hoax(
                body,
                by,
                today,
                52,
                true,
                "«El programa de becas municipales se canceló y ya no recibirán pagos.»",
                Verdict.SIN_SUSTENTO,
                "No existe ningún acuerdo de cabildo que cancele el programa. Los pagos del segundo semestre siguen el"
                        + " calendario publicado; quien tenga una duda sobre su caso puede consultarla en la ventanilla"
                        + " de Desarrollo Social.",
                List.of(
                        new HoaxSource("Gaceta Municipal: acuerdos de cabildo", SITE + "/gaceta"),
                        new HoaxSource(
                                "Reglas de operación del programa de becas", SITE + "/desarrollo-social/becas")));
        hoax(
                body,
                by,
                today,
                21,
                true,
                "«El predial se puede pagar con descuento del 20 % hasta el fin de mes en línea.»",
                Verdict.VERDADERO,
                "Es cierto: el descuento por pronto pago aplica en línea y en las cajas municipales hasta el último día"
                        + " hábil del mes, según el acuerdo publicado en la Gaceta Municipal.",
                List.of(
                        new HoaxSource("Pago del impuesto predial en línea", SITE + "/tesoreria/predial"),
                        new HoaxSource("Gaceta Municipal: descuentos vigentes", SITE + "/gaceta")));
        hoax(
                body,
                by,
                today,
                2,
                false,
                "«Cerrarán el mercado municipal por remodelación durante tres meses.»",
                Verdict.SIN_SUSTENTO,
                "En revisión con la Dirección de Desarrollo Económico antes de publicar.",
                List.of(new HoaxSource("Dirección de Desarrollo Económico", SITE + "/desarrollo-economico")));
    }

    private void hoax(
            Body body,
            UserAccount by,
            LocalDate today,
            int daysAgo,
            boolean publish,
            String claim,
            Verdict verdict,
            String explanation,
            List<HoaxSource> sources) {
        LocalDate seen = today.minusDays(daysAgo + 2L);
        OffsetDateTime written = at(body, today.minusDays(daysAgo + 1L), 11, 20);
        Hoax hoax = new Hoax(body, new HoaxContent(claim, verdict, explanation, seen, sources), by, written);
        if (publish) {
            hoax.publish(by, at(body, today.minusDays(daysAgo), 9, 45));
        }
        em.persist(hoax);
    }

    private void news(Body body, UserAccount by, LocalDate today) {
        item(
                body,
                by,
                today,
                160,
                0,
                true,
                NewsCategory.PROGRAMA,
                "Arranca el programa «Metepec Limpio» en 20 colonias",
                "Brigadas de limpieza, recolección de cacharros y poda recorrerán 20 colonias durante tres meses.",
                "<p>El programa <strong>Metepec Limpio</strong> recorrerá 20 colonias con brigadas de limpieza,"
                        + " recolección de cacharros y poda.</p><ul><li>Sábados de 8:00 a 13:00.</li>"
                        + "<li>Consulta el calendario por colonia en el sitio.</li></ul>",
                new Color(0x1b5e20));
        item(
                body,
                by,
                today,
                131,
                0,
                true,
                NewsCategory.NOTICIA,
                "Rehabilitan 3 kilómetros de la avenida Tecnológico",
                "Terminaron los trabajos de repavimentación entre Paseo San Isidro y Las Torres.",
                "<p>Terminaron los trabajos de repavimentación de la avenida Tecnológico. Se renovaron"
                        + " <em>señalamientos</em> y luminarias.</p>",
                null);
        item(
                body,
                by,
                today,
                112,
                0,
                true,
                NewsCategory.CONVOCATORIA,
                "Convocatoria: Presupuesto participativo 2027",
                "Vecinas y vecinos pueden proponer obras para su colonia hasta el 30 del próximo mes.",
                "<p>Presenta tu propuesta de obra para tu colonia. Requisitos:</p><ol><li>Ser vecino de la colonia."
                        + "</li><li>Reunir 20 firmas de apoyo.</li></ol>"
                        + "<p>Bases completas en <a href=\"" + SITE
                        + "/participacion\">el sitio del Ayuntamiento</a>.</p>",
                new Color(0x0d47a1));
        item(
                body,
                by,
                today,
                95,
                0,
                true,
                NewsCategory.NOTICIA,
                "Nuevo horario de las ventanillas de atención ciudadana",
                "Las ventanillas del Palacio Municipal atienden ahora de 8:00 a 17:00 de lunes a viernes.",
                "<p>Las ventanillas amplían su horario una hora para atender a más personas.</p>",
                null);
        item(
                body,
                by,
                today,
                77,
                0,
                true,
                NewsCategory.PROGRAMA,
                "Jornada de esterilización gratuita de perros y gatos",
                "El Centro de Control Animal ofrece 300 esterilizaciones gratuitas con cita previa.",
                "<p>Agenda tu cita por la línea *7311. Lleva a tu mascota en ayuno de 8 horas.</p>",
                new Color(0x6a1b9a));
        item(
                body,
                by,
                today,
                58,
                0,
                true,
                NewsCategory.NOTICIA,
                "Se instalaron 450 luminarias LED en San Salvador Tizatlalli",
                "La sustitución de luminarias reduce el consumo de energía y mejora la seguridad.",
                "<p>Con la instalación de <strong>450 luminarias LED</strong> concluye la primera etapa.</p>",
                null);
        item(
                body,
                by,
                today,
                33,
                0,
                true,
                NewsCategory.CONVOCATORIA,
                "Convocatoria para el Consejo Municipal de Protección Civil",
                "Se buscan representantes vecinales para integrar el consejo; registro abierto por 15 días.",
                "<p>Registro en la Coordinación de Protección Civil con identificación oficial.</p>",
                null);
        item(
                body,
                by,
                today,
                12,
                0,
                true,
                NewsCategory.PROGRAMA,
                "Talleres de verano para niñas y niños en las casas de cultura",
                "Danza, pintura, ajedrez y robótica, sin costo, en cinco casas de cultura.",
                "<p>Inscripciones en cada casa de cultura. Cupo limitado.</p>",
                new Color(0xe65100));
        item(
                body,
                by,
                today,
                1,
                0,
                false,
                NewsCategory.NOTICIA,
                "Borrador: balance del operativo decembrino",
                "Pendiente de cifras finales de Seguridad Pública.",
                "<p>Texto en preparación.</p>",
                null);
        item(
                body,
                by,
                today,
                1,
                7,
                true,
                NewsCategory.NOTICIA,
                "Inicia la campaña de descuentos en el pago del agua",
                "Descuento del 8 % por pago anual anticipado del servicio de agua potable.",
                "<p>El descuento aplica en línea y en cajas durante enero.</p>",
                null);
    }

    /** An item written {@code daysAgo} days ago, out two hours later, or scheduled {@code aheadDays} from today. */
    private void item(
            Body body,
            UserAccount by,
            LocalDate today,
            int daysAgo,
            int aheadDays,
            boolean publish,
            NewsCategory category,
            String title,
            String summary,
            String html,
            Color illustration) {
        OffsetDateTime written = at(body, today.minusDays(daysAgo), 10, 0);
        OffsetDateTime appears = at(body, today.plusDays(aheadDays), 12, 0);
        NewsItem item = new NewsItem(
                body,
                new NewsContent(title, summary, html, category, aheadDays > 0 ? appears : written.plusHours(2)),
                by,
                written);
        if (illustration != null) {
            item.replaceImage(NewsImages.clean(png(illustration)), by, written.plusMinutes(5));
        }
        if (publish) {
            item.publish(by, written.plusHours(1));
        }
        em.persist(item);
    }

    /** A plain illustration (a gradient of the body's colour), drawn here: the demo holds no outside picture. */
    private static byte[] png(Color color) {
        BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, color, 1200, 630, color.brighter().brighter()));
        g.fillRect(0, 0, 1200, 630);
        g.setColor(new Color(255, 255, 255, 90));
        g.fillOval(780, 180, 360, 360);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static OffsetDateTime at(Body body, LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(body.getTimeZone()).toOffsetDateTime();
    }
}
