package org.puente.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
import org.puente.petition.Petition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionType;
import org.puente.platform.RuleViolation;
import org.puente.report.Contact;

/**
 * A contact-mailbox message in memory: what it needs to arrive, the one way it is handled (answered,
 * converted, discarded) from each status, and who may handle it.
 */
class ContactMessageTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    /** Tuesday 3 November 2026, 20:15 in Metepec: after office hours. */
    private static final OffsetDateTime ARRIVED = OffsetDateTime.parse("2026-11-03T20:15:00-06:00");

    private static final OffsetDateTime READ = OffsetDateTime.parse("2026-11-05T10:00:00-06:00");

    /** The product's rule, written out independently of MessageStatus: a new message is handled once. */
    private static final Map<MessageStatus, Set<MessageStatus>> ALLOWED = Map.of(
            MessageStatus.NUEVO,
                    EnumSet.of(MessageStatus.RESPONDIDO, MessageStatus.CONVERTIDO, MessageStatus.DESCARTADO),
            MessageStatus.RESPONDIDO, EnumSet.noneOf(MessageStatus.class),
            MessageStatus.CONVERTIDO, EnumSet.noneOf(MessageStatus.class),
            MessageStatus.DESCARTADO, EnumSet.noneOf(MessageStatus.class));

    private final Body metepec = new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", MEXICO_CITY);
    private final Body toluca = new Body("TOL", "Toluca", BodyKind.MUNICIPIO, "Estado de México", MEXICO_CITY);
    private final Department gerencia = new Department(metepec, "Gerencia de Atención", null);
    private final UserAccount operador = UserAccount.staff(
            "operador",
            "Rosa María Castillo Díaz",
            "operador@demo.puente.mx",
            HASH,
            metepec,
            gerencia,
            Set.of(Role.OPERADOR),
            ARRIVED);
    private final UserAccount operadorToluca = UserAccount.staff(
            "operador.toluca",
            "Juan Pérez",
            "operador@toluca.mx",
            HASH,
            toluca,
            new Department(toluca, "Atención", null),
            Set.of(Role.OPERADOR),
            ARRIVED);

    private ContactMessage message() {
        return new ContactMessage(
                metepec,
                "Horario del panteón municipal",
                "¿A qué hora abre el panteón el 2 de noviembre?",
                new Contact("Vecina", "Vecina@Example.mx ", "722 123 4567"),
                ARRIVED);
    }

    @Test
    void aMessageArrivesNewWithItsContact() {
        ContactMessage m = message();
        assertEquals(MessageStatus.NUEVO, m.getStatus());
        assertEquals("vecina@example.mx", m.getContact().getEmail());
        assertEquals(ARRIVED, m.getReceivedAt());
        assertNull(m.getHandledAt());
        assertNull(m.getHandledBy());
    }

    @Test
    void anEmailToAnswerToIsRequired() {
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> new ContactMessage(
                        metepec, "Asunto", "Texto", new Contact("Vecina", null, "7221234567"), ARRIVED));
        assertEquals("contactEmail", refused.getField());
        assertEquals("mailbox.email.required", refused.getMessageKey());
    }

    @Test
    void subjectAndTextAreRequiredAndLimited() {
        Contact contact = new Contact(null, "a@example.mx", null);
        RuleViolation noText =
                assertThrows(RuleViolation.class, () -> new ContactMessage(metepec, "Asunto", "   ", contact, ARRIVED));
        assertEquals("text", noText.getField());
        assertEquals("mailbox.text.required", noText.getMessageKey());
        RuleViolation noSubject =
                assertThrows(RuleViolation.class, () -> new ContactMessage(metepec, null, "Texto", contact, ARRIVED));
        assertEquals("mailbox.subject.required", noSubject.getMessageKey());
        RuleViolation tooLong = assertThrows(
                RuleViolation.class, () -> new ContactMessage(metepec, "x".repeat(201), "Texto", contact, ARRIVED));
        assertEquals("mailbox.subject.tooLong", tooLong.getMessageKey());
        assertEquals(200, tooLong.getArguments()[0]);
    }

    @Test
    void theTransitionTableIsTheProductsRule() {
        for (MessageStatus from : MessageStatus.values()) {
            for (MessageStatus to : MessageStatus.values()) {
                assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
            }
            assertEquals(ALLOWED.get(from), from.next());
        }
        assertTrue(MessageStatus.NUEVO.isOpen());
    }

    @Test
    void answeringKeepsTheAnswerAndWhoWroteIt() {
        ContactMessage m = message();
        m.answer("  Abre de 7:00 a 19:00.  ", operador, READ);
        assertEquals(MessageStatus.RESPONDIDO, m.getStatus());
        assertEquals("Abre de 7:00 a 19:00.", m.getAnswer());
        assertSame(operador, m.getHandledBy());
        assertEquals(READ, m.getHandledAt());
    }

    @Test
    void anEmptyAnswerOrReasonIsRefusedAndChangesNothing() {
        ContactMessage m = message();
        RuleViolation noAnswer = assertThrows(RuleViolation.class, () -> m.answer(" ", operador, READ));
        assertEquals("answer", noAnswer.getField());
        assertEquals("mailbox.answer.required", noAnswer.getMessageKey());
        RuleViolation noReason = assertThrows(RuleViolation.class, () -> m.discard(null, operador, READ));
        assertEquals("reason", noReason.getField());
        assertEquals("mailbox.reason.required", noReason.getMessageKey());
        assertEquals(MessageStatus.NUEVO, m.getStatus());
        assertNull(m.getHandledBy());
    }

    @Test
    void discardingKeepsTheReason() {
        ContactMessage m = message();
        m.discard("Publicidad", operador, READ);
        assertEquals(MessageStatus.DESCARTADO, m.getStatus());
        assertEquals("Publicidad", m.getDiscardReason());
    }

    @Test
    void convertingLinksThePetitionReceivedWhenTheMessageArrived() {
        ContactMessage m = message();
        Petition petition = petition(metepec, ARRIVED);
        m.convertInto(petition, operador, READ);
        assertEquals(MessageStatus.CONVERTIDO, m.getStatus());
        assertSame(petition, m.getPetition());
    }

    @Test
    void aPetitionReceivedLaterOrOfAnotherBodyIsRefused() {
        ContactMessage m = message();
        assertThrows(IllegalArgumentException.class, () -> m.convertInto(petition(metepec, READ), operador, READ));
        assertThrows(IllegalArgumentException.class, () -> m.convertInto(petition(toluca, ARRIVED), operador, READ));
        assertEquals(MessageStatus.NUEVO, m.getStatus());
    }

    @Test
    void onlyTheBodysStaffHandleItsMessages() {
        ContactMessage m = message();
        assertThrows(IllegalArgumentException.class, () -> m.answer("Respuesta", operadorToluca, READ));
        assertThrows(IllegalArgumentException.class, () -> m.answer("Respuesta", operador, ARRIVED.minusMinutes(1)));
        assertEquals(MessageStatus.NUEVO, m.getStatus());
    }

    /** Every verb tried from every status: allowed only as the table says, and a refusal leaves no trace. */
    @ParameterizedTest
    @EnumSource(MessageStatus.class)
    void everyVerbFromEveryStatus(MessageStatus from) {
        Map<MessageStatus, Consumer<ContactMessage>> verbs = Map.of(
                MessageStatus.RESPONDIDO, m -> m.answer("Respuesta", operador, READ),
                MessageStatus.DESCARTADO, m -> m.discard("Duplicado", operador, READ),
                MessageStatus.CONVERTIDO, m -> m.convertInto(petition(metepec, ARRIVED), operador, READ));
        for (var verb : verbs.entrySet()) {
            ContactMessage m = in(from);
            if (ALLOWED.get(from).contains(verb.getKey())) {
                verb.getValue().accept(m);
                assertEquals(verb.getKey(), m.getStatus());
            } else {
                assertThrows(
                        IllegalStateException.class, () -> verb.getValue().accept(m), from + " -> " + verb.getKey());
                assertEquals(from, m.getStatus());
            }
        }
    }

    private ContactMessage in(MessageStatus status) {
        ContactMessage m = message();
        switch (status) {
            case NUEVO -> {}
            case RESPONDIDO -> m.answer("Respuesta", operador, READ);
            case DESCARTADO -> m.discard("Duplicado", operador, READ);
            case CONVERTIDO -> m.convertInto(petition(metepec, ARRIVED), operador, READ);
        }
        assertEquals(status, m.getStatus());
        return m;
    }

    private static Petition petition(Body body, OffsetDateTime received) {
        LegalClock clock = new LegalClock(ClockCalendar.of(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                Map.of(),
                MEXICO_CITY));
        return new Petition(
                new Folio(body.getCode(), "PQR", 2026, 7),
                body,
                null,
                PetitionType.PETICION,
                null,
                CaseIdentity.IDENTIFIED,
                PetitionChannel.MAILBOX,
                "Horario del panteón municipal",
                "¿A qué hora abre el panteón el 2 de noviembre?",
                new Contact("Vecina", "vecina@example.mx", null),
                null,
                CaseClock.received(received, ClockPreset.MX_MUNICIPAL.terms()),
                clock);
    }
}
