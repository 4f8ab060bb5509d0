package org.puente.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.casework.Folio;
import org.puente.catalog.Colonia;
import org.puente.catalog.Delegacion;
import org.puente.catalog.PublicService;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;
import org.puente.report.Channel;
import org.puente.report.Contact;
import org.puente.report.ReportFollower;
import org.puente.report.ServiceReport;
import org.puente.report.Terms;

/** Whose consent is recorded, to which version, and what is refused, in memory. */
class ConsentTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime NOW = PUBLISHED.plusDays(6);
    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    private final Body metepec = new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", ZONE);
    private final Body toluca = new Body("TOL", "Toluca", BodyKind.MUNICIPIO, "Estado de México", ZONE);
    private final Department obras = new Department(metepec, "Obras Públicas", null);
    private final PublicService bacheo = new PublicService(obras, "bacheo", "Bacheo", "Baches", 48);
    private final Colonia santaCruz = new Colonia(new Delegacion(metepec, "Cabecera"), "Santa Cruz", "52140", null);
    private final PrivacyNotice metepecNotice = PrivacyNotice.publish(
            metepec,
            "2026-12",
            "Aviso integral de Metepec, con todas sus partes.",
            "Aviso simplificado.",
            null,
            PUBLISHED);
    private final PrivacyNotice tolucaNotice = PrivacyNotice.publish(
            toluca,
            "2026-12",
            "Aviso integral de Toluca, con todas sus partes.",
            "Aviso simplificado.",
            null,
            PUBLISHED);
    private final UserAccount operador =
            UserAccount.staff("operador", "Rosa", null, HASH, metepec, obras, Set.of(Role.OPERADOR), PUBLISHED);
    private final UserAccount citizen = UserAccount.citizen("ana@example.mx", "Ana", "ana@example.mx", HASH, NOW);

    @Test
    void whoeverAsksAPublicQuestionConsentsOnTheWebToTheNoticeOfItsBody() {
        org.puente.question.Question question = org.puente.question.Question.byNickname(
                metepec,
                org.puente.question.QuestionTopic.AGUA,
                "¿Qué días pasa la pipa por San Jerónimo Chicahualco?",
                "Vecina",
                "vecina@example.mx",
                "hash",
                NOW);
        Consent consent = Consent.ofQuestion(metepecNotice, question, NOW);
        assertSame(question, consent.getQuestion());
        assertEquals(ConsentChannel.WEB, consent.getChannel());
        assertNull(consent.getRecordedBy());
        assertNull(consent.getAccount());
        assertThrows(IllegalArgumentException.class, () -> Consent.ofQuestion(tolucaNotice, question, NOW));
    }

    @Test
    void aCitizenConsentsOnTheWebWhenHeOpensHisAccount() {
        Consent consent = Consent.ofAccount(metepecNotice, citizen, NOW);
        assertSame(citizen, consent.getAccount());
        assertSame(metepecNotice, consent.getNotice());
        assertEquals(NOW, consent.getAcceptedAt());
        assertEquals(ConsentChannel.WEB, consent.getChannel());
        assertNull(consent.getReport());
        assertNull(consent.getFollower());
        assertThrows(
                IllegalArgumentException.class,
                () -> Consent.ofAccount(metepecNotice, operador, NOW),
                "staff consent to nothing through a form");
    }

    @Test
    void aReportsConsentIsToTheNoticeOfItsBodyAndTheOperatorTakesItOnThePhone() {
        ServiceReport report = report(Channel.PHONE);
        Consent byPhone = Consent.ofReport(metepecNotice, report, ConsentChannel.PHONE, operador, NOW);
        assertSame(report, byPhone.getReport());
        assertSame(operador, byPhone.getRecordedBy());
        assertEquals(ConsentChannel.PHONE, byPhone.getChannel());
        assertNull(byPhone.getAccount());
        assertThrows(
                IllegalArgumentException.class,
                () -> Consent.ofReport(tolucaNotice, report, ConsentChannel.PHONE, operador, NOW),
                "another body's notice");
        assertThrows(
                IllegalArgumentException.class,
                () -> Consent.ofReport(metepecNotice, report, ConsentChannel.PHONE, null, NOW),
                "phone without operator");
        assertThrows(
                IllegalArgumentException.class,
                () -> Consent.ofReport(metepecNotice, report, ConsentChannel.WEB, operador, NOW),
                "web with an operator");
        assertEquals(
                ConsentChannel.API,
                Consent.ofReport(metepecNotice, report(Channel.OPEN311), ConsentChannel.API, null, NOW)
                        .getChannel());
    }

    @Test
    void aFollowersConsentIsHisOwn() {
        ServiceReport report = report(Channel.WEB);
        ReportFollower follower = report.addFollower(
                new Contact(null, "vecino@example.mx", null), Channel.WEB, null, NOW, "Otra persona reportó lo mismo.");
        Consent consent = Consent.ofFollower(metepecNotice, follower, ConsentChannel.WEB, null, NOW);
        assertSame(follower, consent.getFollower());
        assertNull(consent.getReport());
        assertThrows(
                IllegalArgumentException.class,
                () -> Consent.ofFollower(tolucaNotice, follower, ConsentChannel.WEB, null, NOW));
    }

    @Test
    void eachReportChannelHasItsConsentChannel() {
        assertEquals(ConsentChannel.WEB, ConsentChannel.of(Channel.WEB));
        assertEquals(ConsentChannel.PHONE, ConsentChannel.of(Channel.PHONE));
        assertEquals(ConsentChannel.API, ConsentChannel.of(Channel.OPEN311));
    }

    private ServiceReport report(Channel channel) {
        return new ServiceReport(
                new Folio("MET", 2026, 7),
                bacheo,
                "Bache en la esquina",
                santaCruz,
                null,
                null,
                null,
                channel,
                Contact.none(),
                null,
                Terms.of(NOW, NOW.plusHours(36), NOW.plusHours(48)),
                NOW,
                null);
    }
}
