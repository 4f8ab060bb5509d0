package org.puente.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;
import org.puente.petition.Petition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionType;
import org.puente.report.Contact;

/**
 * The acuse and the written response read back with OpenPDF's text extractor. Every date below was counted
 * by hand on a calendar of December 2026 and January 2027 (Metepec: Monday to Friday 9:00-18:00; 25 December
 * and 1 January are holidays).
 */
class CaseDocumentsTest {

    private static final ZoneId METEPEC_ZONE = ZoneId.of("America/Mexico_City");
    private static final String SECRET_WORDS = "Vivo en la calle Hidalgo 12 y mi vecino";

    private final Body body = new Body("MET", "Municipio de Metepec", BodyKind.MUNICIPIO, "México", METEPEC_ZONE);
    private final LegalClock metepec = new LegalClock(ClockCalendar.of(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(18, 0),
            Map.of(LocalDate.of(2026, 12, 25), "Navidad", LocalDate.of(2027, 1, 1), "Año Nuevo"),
            METEPEC_ZONE));

    /** Filed on Friday 18 December 2026 at 19:30, out of hours. */
    private Petition petition(Department department) {
        OffsetDateTime at = OffsetDateTime.parse("2026-12-18T19:30-06:00");
        CaseClock received = CaseClock.received(at, ClockPreset.MX_MUNICIPAL.terms());
        Petition p = new Petition(
                new Folio("MET", "PQR", 2026, 17),
                body,
                department,
                PetitionType.QUEJA,
                null,
                CaseIdentity.IDENTIFIED,
                PetitionChannel.WEB,
                "Trato en ventanilla",
                SECRET_WORDS,
                new Contact("Ana Ruiz", "ana@example.mx", null),
                null,
                received,
                metepec);
        p.protectWithTrackingCode("ABCD2345");
        return p;
    }

    @Test
    void theAcuseStatesTheFolioTheDatesAndHowToTrackButNoWordOfTheCitizen() throws IOException {
        Petition p = petition(null);
        // The day after Friday 18 is Saturday: the first counted day is Monday 21 December.
        LocalDate firstCounted = metepec.read(p.getClock().clock()).firstCounted();
        assertEquals(LocalDate.of(2026, 12, 21), firstCounted);

        String text = textOf(CaseDocuments.acuse(p, firstCounted, "https://puente.example.mx/seguimiento"));

        assertTrue(text.contains("Acuse de recibo"), text);
        assertTrue(text.contains("MET-PQR-2026-000017"), text);
        assertTrue(text.contains("Municipio de Metepec"), text);
        assertTrue(text.contains("Queja"), text);
        assertTrue(text.contains("18 de diciembre de 2026, 19:30 h"), text);
        assertTrue(text.contains("lunes 21 de diciembre de 2026"), text);
        // 15 business days from Mon 21 Dec: 21-24 (4), 28-31 (8), 4-8 Jan (13), 11 and 12 Jan (15).
        assertTrue(text.contains("12 de enero de 2027, 18:00 h"), text);
        assertTrue(text.contains("https://puente.example.mx/seguimiento"), text);
        assertTrue(text.contains("código de seguimiento"), text);
        assertFalse(text.contains("ABCD2345"), "the secret code is not printed: " + text);
        assertFalse(text.contains("Hidalgo"), "no word the citizen wrote: " + text);
        assertFalse(text.contains("Trato en ventanilla"), "not even the subject: " + text);
        assertFalse(text.contains("Ana Ruiz"), text);
    }

    @Test
    void theResponseStatesItsDateItsTextAndTheUnitThatGaveIt() throws Exception {
        Department attention = new Department(body, "Dirección de Atención Ciudadana", "atencion@example.mx");
        setId(attention, 7L);
        Petition p = petition(attention);
        UserAccount agent = UserAccount.staff(
                "agente.atencion",
                "Luis Pérez",
                "luis@example.mx",
                "pbkdf2-not-a-real-hash-of-anything",
                body,
                attention,
                Set.of(Role.AGENTE),
                OffsetDateTime.parse("2026-01-01T00:00-06:00"));
        assertThrows(IllegalStateException.class, () -> CaseDocuments.renderResponse(p), "not answered yet");

        p.respond(
                metepec,
                "Se habló con el personal de ventanilla y se revisará el trato.",
                agent,
                OffsetDateTime.parse("2027-01-05T12:30-06:00"));
        String text = textOf(CaseDocuments.renderResponse(p));

        assertTrue(text.contains("Respuesta a su solicitud"), text);
        assertTrue(text.contains("MET-PQR-2026-000017"), text);
        assertTrue(text.contains("5 de enero de 2027, 12:30 h"), text);
        assertTrue(text.contains("Se habló con el personal de ventanilla"), text);
        assertTrue(text.contains("Dirección de Atención Ciudadana"), text);
        assertFalse(text.contains("Luis Pérez"), "the unit answers, not the person: " + text);
        assertFalse(text.contains("Hidalgo"), text);
    }

    @Test
    void aDocumentIsAPdf() {
        byte[] pdf = CaseDocuments.acuse(petition(null), LocalDate.of(2026, 12, 21), "https://x.mx/seguimiento");
        assertEquals("%PDF-", new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII));
    }

    private static String textOf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    private static void setId(Department department, long id) throws ReflectiveOperationException {
        java.lang.reflect.Field field = Department.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(department, id);
    }
}
