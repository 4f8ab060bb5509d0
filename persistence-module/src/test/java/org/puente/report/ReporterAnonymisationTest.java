package org.puente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.casework.Folio;
import org.puente.catalog.Colonia;
import org.puente.catalog.Delegacion;
import org.puente.catalog.GeoPoint;
import org.puente.catalog.PublicService;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;
import org.puente.privacy.PersonalDataScrub;

/**
 * ARCO cancellation of a reporter's data ({@link ServiceReport#anonymiseReporter}, {@link ReportFollower#anonymise}):
 * what goes (contact, account, his words, street, reference, his photos, his reopening reason, his identifiers
 * in staff notes) and what stays as the report's public facts (service, colonia, status, dates, the rounded point,
 * the evidence photo).
 */
class ReporterAnonymisationTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    private final Body metepec = new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", ZONE);
    private final Department obras = new Department(metepec, "Dirección de Obras Públicas", null);
    private final PublicService bacheo = new PublicService(obras, "bacheo", "Bacheo", "Baches", 48);
    private final Colonia santaCruz =
            new Colonia(new Delegacion(metepec, "Cabecera Municipal"), "Barrio de Santa Cruz", "52140", null);
    private final UserAccount agente = UserAccount.staff(
            "agente", "Jorge Pérez", "agente@demo.puente.mx", HASH, metepec, obras, Set.of(Role.AGENTE), NOW);
    private final UserAccount ana = UserAccount.citizen("ana@example.mx", "Ana López", "ana@example.mx", HASH, NOW);

    @Test
    void theReporterGoesAndThePublicFactsStay() {
        ServiceReport report = new ServiceReport(
                new Folio("MET", 2026, 7),
                bacheo,
                "Soy Ana López, vivo en el 14: el bache está frente a mi casa",
                santaCruz,
                "Calle Juárez 14",
                "Casa azul de Ana",
                new GeoPoint(new BigDecimal("19.254912"), new BigDecimal("-99.604687")),
                Channel.WEB,
                new Contact("Ana López", "ana@example.mx", "722 123 4567"),
                ana,
                Terms.of(NOW, NOW.plusHours(36), NOW.plusHours(48)),
                NOW,
                null);
        report.attachPhoto(PhotoType.PNG, PNG);
        report.assignTo(agente, agente, NOW.plusHours(1), "Lo atiende Jorge; llamar a Ana López al 722-123-4567");
        report.startWork(agente, NOW.plusHours(2), null);
        report.resolve(agente, NOW.plusHours(5), "Listo, ana@example.mx: se rellenó el bache", Duration.ofHours(4));
        report.attachEvidence(PhotoType.PNG, PNG);
        report.reopenByCitizen(
                ana,
                NOW.plusHours(6),
                "Sigue igual, soy Ana",
                Terms.of(NOW.plusHours(6), NOW.plusHours(20), NOW.plusHours(30)));

        List<ReportPhoto> removed = report.anonymiseReporter("[Datos cancelados]", text -> PersonalDataScrub.of(
                        List.of("Ana López", "ana@example.mx", "722 123 4567"))
                .apply(text, "Titular"));

        assertTrue(report.getContact().isAnonymous());
        assertNull(report.getCitizen());
        assertEquals("[Datos cancelados]", report.getDescription());
        assertNull(report.getStreet());
        assertNull(report.getReference());
        assertEquals(
                "19.255", report.getPoint().getLatitude().stripTrailingZeros().toPlainString(), "about 100 m");
        assertEquals(
                "-99.605", report.getPoint().getLongitude().stripTrailingZeros().toPlainString());
        assertEquals(1, removed.size(), "his own photo, for the caller to delete");
        assertFalse(removed.get(0).isEvidence());
        assertEquals(1, report.getPhotos().size());
        assertTrue(report.getPhotos().get(0).isEvidence(), "the staff's evidence stays");
        List<String> notes =
                report.getHistory().stream().map(ReportTransition::getText).toList();
        assertEquals(
                java.util.Arrays.asList(
                        null,
                        "Lo atiende Jorge; llamar a Titular al Titular",
                        null,
                        "Listo, Titular: se rellenó el bache",
                        null),
                notes,
                "staff notes lose his identifiers; his own reopening reason goes");
        assertSame(bacheo, report.getService());
        assertSame(santaCruz, report.getColonia());
        assertEquals(ReportStatus.IN_PROGRESS, report.getStatus());
        assertEquals(NOW, report.getReceivedAt());
        assertEquals("MET-2026-000007", report.getFolio());
        assertThrows(IllegalArgumentException.class, () -> report.anonymiseReporter(" ", t -> t));
    }

    @Test
    void aFollowerLeavesNoContact() {
        ServiceReport report = new ServiceReport(
                new Folio("MET", 2026, 8),
                bacheo,
                "Bache profundo",
                santaCruz,
                null,
                null,
                null,
                Channel.PHONE,
                null,
                null,
                Terms.of(NOW, NOW.plusHours(36), NOW.plusHours(48)),
                NOW,
                null);
        ReportFollower follower = report.addFollower(
                new Contact("Ana López", "ana@example.mx", "7221234567"),
                Channel.WEB,
                null,
                NOW.plusHours(1),
                "Otra persona reporta lo mismo");
        follower.anonymise();
        assertTrue(follower.getContact().isAnonymous());
        assertEquals(NOW.plusHours(1), follower.getFollowedAt(), "that someone followed it stays");
        assertNull(report.getPoint(), "no point, none rounded");
        report.anonymiseReporter("[Datos cancelados]", t -> t);
        assertNull(report.getPoint());
    }
}
