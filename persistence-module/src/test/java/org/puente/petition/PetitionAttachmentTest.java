package org.puente.petition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.casework.AttachmentType;
import org.puente.casework.CaseClock;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockCalendar;
import org.puente.casework.ClockPreset;
import org.puente.casework.Folio;
import org.puente.casework.LegalClock;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;
import org.puente.report.Contact;

/**
 * A petition's attachment in memory: what its constructor refuses (a number out of 1 to 3, no bytes, more
 * than 5 MB, a type its content is not), its name cleaned as it is kept, the type read from the first bytes,
 * and who may open a petition's files (a reserved filer's: the intake desk alone).
 */
class PetitionAttachmentTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 30, 16, 0, 0, 0, ZoneOffset.UTC);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    private final Body metepec = new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", ZONE);
    private final Body toluca = new Body("TOL", "Toluca", BodyKind.MUNICIPIO, "Estado de México", ZONE);
    private final Department obras = new Department(metepec, "Dirección de Obras Públicas", null);
    private final UserAccount operador = staff("operador", null, metepec, Role.OPERADOR);
    private final UserAccount agente = staff("agente", obras, metepec, Role.AGENTE);
    private final UserAccount gerente = staff("gerente", obras, metepec, Role.GERENTE);
    private final UserAccount agenteToluca =
            staff("agentetoluca", new Department(toluca, "Obras", null), toluca, Role.AGENTE);

    @Test
    void anAttachmentKeepsItsNumberDetectedTypeSizeAndBytes() {
        PetitionAttachment a =
                new PetitionAttachment(petition(CaseIdentity.IDENTIFIED), 2, "oficio.pdf", AttachmentType.PDF, PDF, AT);
        assertEquals(2, a.getOrdinal());
        assertEquals("oficio.pdf", a.getFileName());
        assertEquals("application/pdf", a.getContentType());
        assertEquals(PDF.length, a.getSize());
        assertArrayEquals(PDF, a.getData());
        assertEquals(AT, a.getReceivedAt());
        PetitionAttachment photo =
                new PetitionAttachment(petition(CaseIdentity.IDENTIFIED), 3, "bache.png", AttachmentType.PNG, PNG, AT);
        assertEquals("image/png", photo.getContentType());
    }

    @Test
    void itsRulesAreKeptByTheConstructor() {
        Petition p = petition(CaseIdentity.IDENTIFIED);
        assertThrows(
                IllegalArgumentException.class,
                () -> new PetitionAttachment(p, 0, "a.pdf", AttachmentType.PDF, PDF, AT),
                "numbered from 1");
        assertThrows(
                IllegalArgumentException.class,
                () -> new PetitionAttachment(p, 4, "a.pdf", AttachmentType.PDF, PDF, AT),
                "three per petition at most");
        assertThrows(
                IllegalArgumentException.class,
                () -> new PetitionAttachment(p, 1, "a.pdf", AttachmentType.PDF, new byte[0], AT));
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThrows(
                IllegalArgumentException.class,
                () -> new PetitionAttachment(p, 1, "a.pdf", AttachmentType.PDF, big, AT),
                "5 MB at most");
        byte[] justFive = java.util.Arrays.copyOf(big, 5 * 1024 * 1024);
        assertEquals(
                5 * 1024 * 1024, new PetitionAttachment(p, 1, "a.pdf", AttachmentType.PDF, justFive, AT).getSize());
        assertThrows(
                IllegalArgumentException.class,
                () -> new PetitionAttachment(p, 1, "a.pdf", AttachmentType.PDF, PNG, AT),
                "a PNG is not kept as a PDF");
        assertThrows(
                IllegalArgumentException.class,
                () -> new PetitionAttachment(p, 1, "a.png", AttachmentType.PNG, JPEG, AT),
                "nor a JPEG as a PNG");
        assertThrows(
                NullPointerException.class, () -> new PetitionAttachment(p, 1, "a.pdf", AttachmentType.PDF, PDF, null));
        assertThrows(
                NullPointerException.class,
                () -> new PetitionAttachment(null, 1, "a.pdf", AttachmentType.PDF, PDF, AT));
    }

    @Test
    void theNameIsKeptAsSentWithoutPathsControlOrDirectionCharacters() {
        assertEquals(
                "oficio.pdf",
                PetitionAttachment.sanitise("C:\\Users\\ana\\Documentos\\oficio.pdf", 1, AttachmentType.PDF));
        assertEquals("carta.pdf", PetitionAttachment.sanitise("../../etc/carta.pdf", 1, AttachmentType.PDF));
        assertEquals("Ñuñez oficio 2.pdf", PetitionAttachment.sanitise("Ñuñez   oficio\t2.pdf", 1, AttachmentType.PDF));
        assertEquals("factura fdp.exe", PetitionAttachment.sanitise("factura \u202Efdp.exe", 1, AttachmentType.PDF));
        assertEquals("ab.pdf", PetitionAttachment.sanitise("a\"<b>.pdf\r\n", 1, AttachmentType.PDF));
        assertEquals("htaccess", PetitionAttachment.sanitise("..htaccess", 1, AttachmentType.PDF));
        assertEquals("adjunto-2.jpg", PetitionAttachment.sanitise("  ", 2, AttachmentType.JPEG));
        assertEquals("adjunto-3.png", PetitionAttachment.sanitise(null, 3, AttachmentType.PNG));
        assertEquals("adjunto-1.pdf", PetitionAttachment.sanitise("C:\\fotos\\", 1, AttachmentType.PDF));
        String longName = "x".repeat(300) + ".pdf";
        String kept = PetitionAttachment.sanitise(longName, 1, AttachmentType.PDF);
        assertEquals(120, kept.length());
        assertTrue(kept.endsWith("xxx.pdf"), kept);
    }

    @Test
    void theTypeIsReadFromTheFirstBytes() {
        assertEquals(AttachmentType.PDF, AttachmentType.of(PDF));
        assertEquals(AttachmentType.PNG, AttachmentType.of(PNG));
        assertEquals(AttachmentType.JPEG, AttachmentType.of(JPEG));
        assertNull(AttachmentType.of("Hola, soy un texto.pdf".getBytes(StandardCharsets.UTF_8)));
        assertNull(AttachmentType.of("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertNull(AttachmentType.of(new byte[0]));
        assertNull(AttachmentType.of(null));
        assertEquals(AttachmentType.JPEG, AttachmentType.ofContentType("image/jpeg"));
        assertNull(AttachmentType.ofContentType("text/plain"));
    }

    @Test
    void aReservedFilersFilesAreTheIntakeDesksAloneOthersAreSeenByWhoeverWorksThePetition() {
        Petition identified = petition(CaseIdentity.IDENTIFIED);
        Petition reserved = petition(CaseIdentity.RESERVED);
        Petition anonymous = anonymous();
        for (Petition p : new Petition[] {identified, reserved, anonymous}) {
            assertTrue(p.attachmentsVisibleTo(operador), "the intake desk: " + p.getIdentity());
            assertFalse(p.attachmentsVisibleTo(agenteToluca), "another body: " + p.getIdentity());
            assertFalse(p.attachmentsVisibleTo(null));
        }
        assertTrue(identified.attachmentsVisibleTo(agente));
        assertTrue(identified.attachmentsVisibleTo(gerente));
        assertFalse(reserved.attachmentsVisibleTo(agente), "the department works it without seeing who filed it");
        assertFalse(reserved.attachmentsVisibleTo(gerente));
        assertTrue(anonymous.attachmentsVisibleTo(agente), "an anonymous filer's files are the case's evidence");
        assertFalse(anonymous.filerVisibleTo(agente), "though the filer is nobody's to see");
    }

    private Petition petition(CaseIdentity identity) {
        return new Petition(
                new Folio("MET", "PQR", 2026, 1),
                metepec,
                obras,
                PetitionType.QUEJA,
                null,
                identity,
                PetitionChannel.WEB,
                "Árbol a punto de caer",
                "El árbol de la esquina está inclinado sobre los cables.",
                new Contact("María López", "maria@example.mx", "7221234567"),
                null,
                CaseClock.received(AT, ClockPreset.MX_MUNICIPAL.terms()),
                clock());
    }

    private Petition anonymous() {
        return new Petition(
                new Folio("MET", "PQR", 2026, 2),
                metepec,
                obras,
                PetitionType.DENUNCIA,
                null,
                CaseIdentity.ANONYMOUS,
                PetitionChannel.WEB,
                "Tiradero",
                "Tiran basura en el canal cada noche.",
                Contact.none(),
                null,
                CaseClock.received(AT, ClockPreset.MX_MUNICIPAL.terms()),
                clock());
    }

    private static LegalClock clock() {
        return new LegalClock(ClockCalendar.of(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                Map.of(),
                ZONE));
    }

    private static UserAccount staff(String username, Department department, Body body, Role... roles) {
        return UserAccount.staff(
                username,
                username + " Nombre",
                username + "@demo.puente.mx",
                HASH,
                body,
                department,
                Set.of(roles),
                AT);
    }
}
