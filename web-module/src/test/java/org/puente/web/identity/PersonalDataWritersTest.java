package org.puente.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.puente.identity.PersonalDataExport;
import org.puente.identity.PersonalDataExport.Account;
import org.puente.identity.PersonalDataExport.Chat;
import org.puente.identity.PersonalDataExport.Consent;
import org.puente.identity.PersonalDataExport.Contact;
import org.puente.identity.PersonalDataExport.Mail;
import org.puente.identity.PersonalDataExport.Photo;
import org.puente.identity.PersonalDataExport.Question;
import org.puente.identity.PersonalDataExport.Report;
import org.puente.identity.PersonalDataExport.Step;
import org.puente.web.platform.SpreadsheetCsv;

/** The JSON and CSV of a citizen's data download, for a small tree written by hand. */
class PersonalDataWritersTest {

    private static final ZoneOffset MEXICO = ZoneOffset.ofHours(-6);

    private static OffsetDateTime at(int day, int hour) {
        return OffsetDateTime.of(2026, 3, day, hour, 0, 0, 0, MEXICO);
    }

    /** One report with a photo and two steps, one chat with a question, one e-mail; the rest empty. */
    private static PersonalDataExport data() {
        Report report = new Report(
                "MET-2026-000007",
                "Bacheo",
                "Metepec",
                "WEB",
                "RECEIVED",
                at(2, 10),
                at(4, 10),
                null,
                null,
                "Bache \"grande\" en la esquina",
                "Centro",
                "=Calle 5 de Mayo 12",
                null,
                new BigDecimal("19.25"),
                new BigDecimal("-99.6"),
                new Contact("Ana", "ana@example.mx", null),
                List.of(new Photo("foto-3.jpg", 1200, false)),
                List.of(
                        new Step(at(2, 10), "RECEIVED", "Obras Públicas", null),
                        new Step(at(3, 9), "ASSIGNED", "Obras Públicas", "Vamos mañana")));
        return new PersonalDataExport(
                at(5, 12),
                new Account("ana@example.mx", "Ana Ruiz", "ana@example.mx", at(1, 8), null),
                List.of(new Consent("privacy-notice", "2026-01", at(1, 8))),
                List.of(report),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new Chat(
                        "Agua en Metepec",
                        "ana",
                        at(3, 11),
                        List.of(new Question(at(3, 11), "¿Cuándo hay agua?", null, "PENDING")))),
                List.of(new Mail("Reporte recibido", at(2, 10), null)));
    }

    @Test
    void theJsonIsOneObjectWithASectionPerKindOfDataAndTimesWithTheirOffset() {
        StringWriter out = new StringWriter();
        PersonalDataJson.write(data(), out);
        String expected = "{\"exportado\":\"2026-03-05T12:00:00-06:00\","
                + "\"cuenta\":{\"usuario\":\"ana@example.mx\",\"nombre\":\"Ana Ruiz\",\"correo\":\"ana@example.mx\","
                + "\"creada\":\"2026-03-01T08:00:00-06:00\",\"ultimoAcceso\":null},"
                + "\"consentimientos\":[{\"tema\":\"privacy-notice\",\"version\":\"2026-01\",\"fecha\":\"2026-03-01T08:00:00-06:00\"}],"
                + "\"reportes\":[{\"folio\":\"MET-2026-000007\",\"servicio\":\"Bacheo\",\"municipio\":\"Metepec\","
                + "\"canal\":\"WEB\",\"estado\":\"RECEIVED\",\"recibido\":\"2026-03-02T10:00:00-06:00\","
                + "\"vence\":\"2026-03-04T10:00:00-06:00\",\"resuelto\":null,\"cerrado\":null,"
                + "\"descripcion\":\"Bache \\\"grande\\\" en la esquina\",\"colonia\":\"Centro\","
                + "\"calle\":\"=Calle 5 de Mayo 12\",\"referencias\":null,\"latitud\":19.25,\"longitud\":-99.6,"
                + "\"contacto\":{\"nombre\":\"Ana\",\"correo\":\"ana@example.mx\",\"telefono\":null},"
                + "\"fotos\":[{\"archivo\":\"foto-3.jpg\",\"bytes\":1200,\"evidencia\":false}],"
                + "\"historial\":[{\"fecha\":\"2026-03-02T10:00:00-06:00\",\"estado\":\"RECEIVED\",\"area\":\"Obras Públicas\",\"nota\":null},"
                + "{\"fecha\":\"2026-03-03T09:00:00-06:00\",\"estado\":\"ASSIGNED\",\"area\":\"Obras Públicas\",\"nota\":\"Vamos mañana\"}]}],"
                + "\"reportesQueSigo\":[],\"encuestas\":[],\"temasDeForo\":[],\"mensajesDeForo\":[],"
                + "\"chats\":[{\"evento\":\"Agua en Metepec\",\"apodo\":\"ana\",\"ingreso\":\"2026-03-03T11:00:00-06:00\","
                + "\"preguntas\":[{\"fecha\":\"2026-03-03T11:00:00-06:00\",\"texto\":\"¿Cuándo hay agua?\",\"textoPublicado\":null,"
                + "\"estado\":\"PENDING\"}]}],"
                + "\"correos\":[{\"asunto\":\"Reporte recibido\",\"escrito\":\"2026-03-02T10:00:00-06:00\",\"enviado\":null}]}";
        assertEquals(expected, out.toString());
    }

    @Test
    void theCsvHasOneValueARowWithItsSectionItemAndPathAndNeutralisesFormulas() {
        String csv =
                PersonalDataCsv.rows(data()).stream().map(SpreadsheetCsv::line).collect(Collectors.joining("\n"));
        String expected = String.join(
                "\n",
                "exportado,,exportado,2026-03-05T12:00:00-06:00",
                "cuenta,,usuario,ana@example.mx",
                "cuenta,,nombre,Ana Ruiz",
                "cuenta,,correo,ana@example.mx",
                "cuenta,,creada,2026-03-01T08:00:00-06:00",
                "cuenta,,ultimoAcceso,",
                "consentimientos,1,tema,privacy-notice",
                "consentimientos,1,version,2026-01",
                "consentimientos,1,fecha,2026-03-01T08:00:00-06:00",
                "reportes,1,folio,MET-2026-000007",
                "reportes,1,servicio,Bacheo",
                "reportes,1,municipio,Metepec",
                "reportes,1,canal,WEB",
                "reportes,1,estado,RECEIVED",
                "reportes,1,recibido,2026-03-02T10:00:00-06:00",
                "reportes,1,vence,2026-03-04T10:00:00-06:00",
                "reportes,1,resuelto,",
                "reportes,1,cerrado,",
                "reportes,1,descripcion,\"Bache \"\"grande\"\" en la esquina\"",
                "reportes,1,colonia,Centro",
                "reportes,1,calle,'=Calle 5 de Mayo 12",
                "reportes,1,referencias,",
                "reportes,1,latitud,19.25",
                "reportes,1,longitud,-99.6",
                "reportes,1,contacto.nombre,Ana",
                "reportes,1,contacto.correo,ana@example.mx",
                "reportes,1,contacto.telefono,",
                "reportes,1,fotos.1.archivo,foto-3.jpg",
                "reportes,1,fotos.1.bytes,1200",
                "reportes,1,fotos.1.evidencia,false",
                "reportes,1,historial.1.fecha,2026-03-02T10:00:00-06:00",
                "reportes,1,historial.1.estado,RECEIVED",
                "reportes,1,historial.1.area,Obras Públicas",
                "reportes,1,historial.1.nota,",
                "reportes,1,historial.2.fecha,2026-03-03T09:00:00-06:00",
                "reportes,1,historial.2.estado,ASSIGNED",
                "reportes,1,historial.2.area,Obras Públicas",
                "reportes,1,historial.2.nota,Vamos mañana",
                "chats,1,evento,Agua en Metepec",
                "chats,1,apodo,ana",
                "chats,1,ingreso,2026-03-03T11:00:00-06:00",
                "chats,1,preguntas.1.fecha,2026-03-03T11:00:00-06:00",
                "chats,1,preguntas.1.texto,¿Cuándo hay agua?",
                "chats,1,preguntas.1.textoPublicado,",
                "chats,1,preguntas.1.estado,PENDING",
                "correos,1,asunto,Reporte recibido",
                "correos,1,escrito,2026-03-02T10:00:00-06:00",
                "correos,1,enviado,");
        assertEquals(expected, csv);
        assertEquals(List.of("seccion", "elemento", "campo", "valor"), PersonalDataCsv.HEADER);
    }
}
