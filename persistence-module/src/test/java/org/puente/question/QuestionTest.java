package org.puente.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.hoax.Hoax;
import org.puente.hoax.HoaxContent;
import org.puente.hoax.HoaxSource;
import org.puente.hoax.Verdict;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.platform.RuleViolation;

/** A public question's rules: asking, the personal-case detector at the door, moderation, answer versions. */
class QuestionTest {

    private static final OffsetDateTime ASKED = OffsetDateTime.of(2026, 9, 14, 17, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    private final Body metepec = new Body(
            "MET",
            "H. Ayuntamiento de Metepec",
            BodyKind.MUNICIPIO,
            "Estado de México",
            ZoneId.of("America/Mexico_City"));
    private final UserAccount paola = UserAccount.staff(
            "comunicacion", "Paola", "p@example.mx", HASH, metepec, null, Set.of(Role.COMUNICACION), ASKED);
    private final UserAccount maria = UserAccount.citizen("ciudadano", "María", "maria@example.mx", HASH, ASKED);

    private Question asked(String text) {
        return Question.byAccount(metepec, QuestionTopic.PREDIAL, text, maria, ASKED);
    }

    @Test
    void anAccountHoldersQuestionGoesStraightToModeration() {
        Question q = asked("  ¿Hasta cuándo hay descuento en el predial?  ");
        assertEquals(QuestionStatus.PENDIENTE, q.getStatus());
        assertEquals("¿Hasta cuándo hay descuento en el predial?", q.getText());
        assertEquals(" hast descuent predial", q.getSearchText());
        assertEquals(QuestionStep.Kind.ASKED, q.getSteps().get(0).getKind());
        assertEquals(maria, q.getSteps().get(0).getAuthor());
    }

    @Test
    void aNicknamesQuestionWaitsForItsEmail() {
        Question q = Question.byNickname(
                metepec, QuestionTopic.AGUA, "¿Cuándo llega el agua a San Salvador?", "Vecina", "v@x.mx", "h1", ASKED);
        assertEquals(QuestionStatus.POR_CONFIRMAR, q.getStatus());
        assertThrows(IllegalStateException.class, () -> q.publish(paola, ASKED));
        q.confirm(ASKED.plusMinutes(3));
        assertEquals(QuestionStatus.PENDIENTE, q.getStatus());
        assertNull(q.getSteps().get(1).getAuthor());
        assertThrows(
                RuleViolation.class,
                () -> Question.byNickname(metepec, QuestionTopic.AGUA, "¿Agua?", " x ", "v@x.mx", "h2", ASKED));
    }

    @Test
    void aQuestionWithPersonalDataIsAPersonalCaseFromTheStartAndCannotBePublished() {
        Question q = asked("Mi CURP es GODE561231HDFRRN09, ¿por qué no me llega el descuento?");
        assertEquals(QuestionStatus.CASO_PERSONAL, q.getStatus());
        assertEquals("CURP", q.getSteps().get(0).getNote());
        assertThrows(IllegalStateException.class, () -> q.publish(paola, ASKED));

        Question nick = Question.byNickname(
                metepec, QuestionTopic.AGUA, "Llámenme al 722 123 4567", "Vecino", "v@x.mx", "h3", ASKED);
        assertEquals(QuestionStatus.CASO_PERSONAL, nick.getStatus());

        Question pending = asked("¿Cómo pago?");
        pending.edit("¿Cómo pago? Mi folio es MET-2026-000123", paola, ASKED);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> pending.publish(paola, ASKED));
        assertEquals("question.personal.stillThere", refused.getMessageKey());
        assertThrows(RuleViolation.class, () -> pending.answer("Así", List.of(), TODAY, TODAY, paola, ASKED));
    }

    @Test
    void aTextTooLongOrEmptyIsRefusedWithItsMessage() {
        RuleViolation tooLong = assertThrows(RuleViolation.class, () -> asked("¿".repeat(20_000)));
        assertEquals("question.text.tooLong", tooLong.getMessageKey());
        assertEquals("text", tooLong.getField());
        assertEquals(2000, tooLong.getArguments()[0]);
        assertEquals(
                "question.text.required",
                assertThrows(RuleViolation.class, () -> asked("   ")).getMessageKey());
        assertEquals(
                List.of("question.topic.required", "question.text.required"),
                Question.problems(null, "").stream()
                        .map(RuleViolation::getMessageKey)
                        .toList());
        assertTrue(Question.problems(QuestionTopic.AGUA, "x".repeat(2000)).isEmpty());
    }

    @Test
    void anAnswerMakesItAnsweredAndALaterOneSupersedesIt() {
        Question q = asked("¿Dónde pago el predial?");
        q.publish(paola, ASKED.plusHours(1));
        Answer first = q.answer(
                "En la tesorería o en línea.",
                List.of("https://www.metepec.gob.mx/predial", " "),
                TODAY,
                TODAY,
                paola,
                ASKED.plusHours(2));
        assertEquals(QuestionStatus.RESPONDIDA, q.getStatus());
        assertEquals(List.of("https://www.metepec.gob.mx/predial"), first.getSources());
        assertEquals(1, first.getNumber());
        assertTrue(q.getSearchText().endsWith(" tesoreri line"), q.getSearchText());

        q.markOutdated(paola, ASKED.plusDays(30));
        assertTrue(first.isOutdated());
        assertThrows(IllegalStateException.class, () -> q.markOutdated(paola, ASKED.plusDays(31)));

        Answer second = q.answer("Ahora también en bancos.", List.of(), TODAY, TODAY, paola, ASKED.plusDays(32));
        assertEquals(2, second.getNumber());
        assertEquals(second, q.current().orElseThrow());
        assertEquals(ASKED.plusDays(32), first.getSupersededAt());
        assertFalse(second.isOutdated());
        assertEquals(
                List.of(
                        QuestionStep.Kind.ASKED,
                        QuestionStep.Kind.PUBLISHED,
                        QuestionStep.Kind.ANSWERED,
                        QuestionStep.Kind.OUTDATED,
                        QuestionStep.Kind.SUPERSEDED),
                q.getSteps().stream().map(QuestionStep::getKind).toList());
    }

    @Test
    void aBadAnswerIsRefusedOnItsField() {
        Question q = asked("¿Dónde pago?");
        assertEquals(
                "question.answer.required",
                assertThrows(RuleViolation.class, () -> q.answer("  ", List.of(), TODAY, TODAY, paola, ASKED))
                        .getMessageKey());
        assertEquals(QuestionStatus.PENDIENTE, q.getStatus(), "nothing changed");
        assertEquals(
                List.of("question.sources.invalid", "question.reviewedOn.future"),
                Answer.problems("Sí", List.of("javascript:alert(1)"), TODAY.plusDays(1), TODAY).stream()
                        .map(RuleViolation::getMessageKey)
                        .toList());
        assertEquals(List.of("https://a.mx/x", "http://b.mx"), Answer.lines("https://a.mx/x\r\n\n  http://b.mx  "));
        q.answer("En la tesorería.", List.of(), TODAY, TODAY, paola, ASKED);
        assertEquals(QuestionStatus.RESPONDIDA, q.getStatus(), "an answer publishes a pending question");
        assertEquals(ASKED, q.getPublishedAt());
    }

    @Test
    void anAnswerLinksToAPublishedDebunkOfItsBodyAndKeepsItInItsVersion() {
        Hoax draft = new Hoax(metepec, water(), paola, ASKED);
        Body toluca = new Body(
                "TOL",
                "H. Ayuntamiento de Toluca",
                BodyKind.MUNICIPIO,
                "Estado de México",
                ZoneId.of("America/Mexico_City"));
        Hoax elsewhere = new Hoax(toluca, water(), paola, ASKED);
        elsewhere.publish(paola, ASKED);
        Question q = asked("¿Es cierto que cortarán el agua una semana?");
        q.publish(paola, ASKED);

        assertEquals(
                "question.debunk.unpublished",
                assertThrows(RuleViolation.class, () -> q.answer("No.", List.of(), draft, TODAY, TODAY, paola, ASKED))
                        .getMessageKey());
        assertEquals(
                "question.debunk.otherBody",
                assertThrows(
                                RuleViolation.class,
                                () -> q.answer("No.", List.of(), elsewhere, TODAY, TODAY, paola, ASKED))
                        .getMessageKey());
        assertEquals(QuestionStatus.PUBLICADA, q.getStatus(), "nothing changed");
        assertNull(q.getAnswerText());

        draft.publish(paola, ASKED.plusHours(1));
        Answer first = q.answer(
                "  No: no hay ningún corte programado.  ", List.of(), draft, TODAY, TODAY, paola, ASKED.plusHours(2));
        assertEquals(draft, first.getDebunk());
        assertEquals("No: no hay ningún corte programado.", q.getAnswerText());
        Answer second = q.answer("No hay corte.", List.of(), TODAY, TODAY, paola, ASKED.plusHours(3));
        assertNull(second.getDebunk(), "the new version links to nothing");
        assertEquals(draft, first.getDebunk(), "the earlier version keeps its link");
        assertEquals("No hay corte.", q.getAnswerText());
    }

    private static HoaxContent water() {
        return new HoaxContent(
                "«Cortarán el agua una semana»",
                Verdict.FALSO,
                "No hay ningún corte programado.",
                TODAY.minusDays(1),
                List.of(new HoaxSource("Avisos del organismo de agua", "https://www.metepec.gob.mx/agua")));
    }

    @Test
    void onlyAPublicQuestionGathersDoubtsAndRejectedOnesAreFinal() {
        Question q = asked("¿Cuánto cuesta?");
        assertThrows(IllegalStateException.class, q::addSameDoubt);
        q.reject(paola, ASKED);
        assertThrows(IllegalStateException.class, () -> q.publish(paola, ASKED));
        assertThrows(IllegalStateException.class, () -> q.edit("Otra", paola, ASKED));
        Question open = asked("¿Cuánto cuesta la licencia?");
        open.publish(paola, ASKED);
        open.addSameDoubt();
        open.addSameDoubt();
        assertEquals(2, open.getSameDoubt());
    }

    @Test
    void aPromotedQuestionKeepsWhereItCameFromAndRefusesPersonalData() {
        Question q = Question.promoted(
                metepec, QuestionTopic.TRAMITES, "¿Qué papeles pide el acta?", "/transcripcion?chat=7", paola, ASKED);
        assertEquals(QuestionStatus.PUBLICADA, q.getStatus());
        assertEquals("/transcripcion?chat=7", q.getPromotedFrom());
        assertThrows(
                RuleViolation.class,
                () -> Question.promoted(
                        metepec, QuestionTopic.TRAMITES, "Escríbeme a a@b.mx", "/foro?tema=1", paola, ASKED));
    }
}
