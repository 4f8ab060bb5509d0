package org.puente.setup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.puente.catalog.Colonia;
import org.puente.identity.UserAccount;
import org.puente.opinion.GivenAnswer;
import org.puente.opinion.OpinionAnswer;
import org.puente.opinion.OpinionResponse;
import org.puente.opinion.OpinionSurvey;
import org.puente.opinion.QuestionDraft;
import org.puente.opinion.QuestionKind;
import org.puente.opinion.TextReview;
import org.puente.organization.Body;
import org.puente.platform.SecretTokens;

/**
 * The demo municipality's opinion surveys, built through the survey's own verbs by its communication staff: one
 * on street lighting, closed a month and a half ago with about 150 answers, its free texts reviewed and its results
 * published; one on the opening hours of the offices, open now with some answers; and a draft about the fair. The
 * answers come from anonymous browsers (only made-up token hashes) and a fixed seed, so every start is the same.
 */
@Stateless
public class DemoOpinionSurveys {

    private static final String[] LIGHT_TEXTS = {
        "En la calle Benito Juárez las luminarias llevan semanas apagadas.",
        "El parque de la colonia está muy oscuro en la noche, da miedo pasar.",
        "Gracias por cambiar las lámparas de mi calle, ahora se ve mucho mejor.",
        "Las luces de la avenida parpadean todo el tiempo.",
        "Falta alumbrado en la parada del camión frente a la escuela.",
        "Reporté una luminaria hace un mes y nadie vino.",
        "Pongan lámparas LED en el andador, por favor.",
        "Todo bien en mi colonia.",
    };

    private static final String[] HOURS_TEXTS = {
        "Que abran los sábados en la mañana para quienes trabajamos entre semana.",
        "Estaría bien poder sacar cita en línea.",
        "Cierran muy temprano, a las 3 ya no atienden.",
    };

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private Clock clock;

    public void generate(Body body, UserAccount by) {
        Random random = new Random(2026_13_05L);
        LocalDate today = LocalDate.now(clock.withZone(body.getTimeZone()));
        lighting(body, by, today, random);
        hours(body, by, today, random);
        fair(body, by, today);
    }

    private void lighting(Body body, UserAccount by, LocalDate today, Random random) {
        OffsetDateTime created = at(body, today.minusDays(80), 10, 15);
        OpinionSurvey s = new OpinionSurvey(
                body,
                "¿Cómo está el alumbrado público de tu colonia?",
                "Queremos saber cómo funciona el alumbrado en tu calle para planear el programa de sustitución de"
                        + " luminarias del próximo año. Responder toma dos minutos y no pide tus datos.",
                null,
                by,
                created);
        s.addQuestion(
                new QuestionDraft(
                        QuestionKind.SINGLE_CHOICE,
                        "¿Funciona el alumbrado de tu calle?",
                        true,
                        List.of("Sí, siempre", "A veces falla", "No funciona")),
                by,
                created.plusMinutes(5));
        s.addQuestion(
                new QuestionDraft(
                        QuestionKind.MULTIPLE_CHOICE,
                        "¿Dónde hace falta más luz?",
                        false,
                        List.of("Calles", "Parques y jardines", "Paradas de transporte", "Escuelas", "Andadores")),
                by,
                created.plusMinutes(9));
        s.addQuestion(
                new QuestionDraft(
                        QuestionKind.SCALE_1_5, "¿Qué tan seguro te sientes de noche en tu calle?", true, null),
                by,
                created.plusMinutes(12));
        s.addQuestion(
                new QuestionDraft(QuestionKind.SHORT_TEXT, "¿Algo más que quieras decirnos?", false, null),
                by,
                created.plusMinutes(15));
        OffsetDateTime opens = at(body, today.minusDays(75), 9, 0);
        OffsetDateTime closes = at(body, today.minusDays(45), 23, 59);
        s.publish(opens, closes, by, opens.minusHours(1));
        em.persist(s);
        List<OpinionResponse> responses = new ArrayList<>();
        for (int i = 0; i < 152; i++) {
            OffsetDateTime at = opens.plusMinutes(random.nextInt(30 * 24 * 60 - 60));
            int works = weighted(random, 40, 38, 22);
            List<Integer> where = new ArrayList<>();
            for (int option = 0; option < 5; option++) {
                if (random.nextInt(100) < new int[] {55, 45, 35, 20, 15}[option]) {
                    where.add(option);
                }
            }
            int safe = 1 + weighted(random, 12, 22, 30, 24, 12);
            String text = random.nextInt(100) < 22 ? LIGHT_TEXTS[random.nextInt(LIGHT_TEXTS.length)] : null;
            responses.add(s.answer(
                    List.of(
                            new GivenAnswer(List.of(works), null, null),
                            new GivenAnswer(where, null, null),
                            new GivenAnswer(List.of(), safe, null),
                            new GivenAnswer(List.of(), null, text)),
                    null,
                    SecretTokens.hash("demo-alumbrado-" + i),
                    at));
        }
        responses.forEach(em::persist);
        s.close(by, closes.plusHours(9));
        OffsetDateTime reviewed = closes.plusDays(3);
        int n = 0;
        for (OpinionResponse r : responses) {
            for (OpinionAnswer a : r.getAnswers()) {
                if (a.getText() != null) {
                    // A complaint naming one street is a case for the *7311, not for the results: hidden.
                    boolean hide = a.getText().startsWith("Reporté") || n % 7 == 3;
                    a.review(hide ? TextReview.HIDDEN : TextReview.APPROVED, by, reviewed.plusMinutes(n++));
                }
            }
        }
        s.noteReview(by, reviewed.plusMinutes(n));
        s.publishResults(by, reviewed.plusDays(2));
    }

    private void hours(Body body, UserAccount by, LocalDate today, Random random) {
        OffsetDateTime created = at(body, today.minusDays(14), 12, 30);
        OpinionSurvey s = new OpinionSurvey(
                body,
                "Horarios de atención en las ventanillas del Palacio Municipal",
                "Estamos revisando los horarios de las ventanillas de trámites. Dinos qué horario te acomoda.",
                null,
                by,
                created);
        s.addQuestion(
                new QuestionDraft(
                        QuestionKind.SINGLE_CHOICE,
                        "¿En qué horario prefieres hacer tus trámites?",
                        true,
                        List.of("De 8:00 a 11:00", "De 11:00 a 14:00", "De 14:00 a 17:00", "Sábado en la mañana")),
                by,
                created.plusMinutes(4));
        s.addQuestion(
                new QuestionDraft(
                        QuestionKind.SCALE_1_5, "¿Cómo calificas el tiempo de espera en ventanilla?", true, null),
                by,
                created.plusMinutes(8));
        s.addQuestion(
                new QuestionDraft(QuestionKind.SHORT_TEXT, "¿Qué cambiarías de la atención?", false, null),
                by,
                created.plusMinutes(11));
        OffsetDateTime opens = at(body, today.minusDays(10), 9, 0);
        s.publish(opens, at(body, today.plusDays(20), 18, 0), by, opens.minusMinutes(30));
        em.persist(s);
        for (int i = 0; i < 46; i++) {
            OffsetDateTime at = opens.plusMinutes(random.nextInt(9 * 24 * 60));
            String text = random.nextInt(100) < 15 ? HOURS_TEXTS[random.nextInt(HOURS_TEXTS.length)] : null;
            em.persist(s.answer(
                    List.of(
                            new GivenAnswer(List.of(weighted(random, 30, 25, 15, 30)), null, null),
                            new GivenAnswer(List.of(), 1 + weighted(random, 15, 25, 30, 20, 10), null),
                            new GivenAnswer(List.of(), null, text)),
                    null,
                    SecretTokens.hash("demo-horarios-" + i),
                    at));
        }
    }

    private void fair(Body body, UserAccount by, LocalDate today) {
        OffsetDateTime created = at(body, today.minusDays(3), 11, 0);
        Colonia colonia = em.createNamedQuery("Colonia.byBody", Colonia.class)
                .setParameter("body", body)
                .getResultStream()
                .findFirst()
                .orElse(null);
        OpinionSurvey s = new OpinionSurvey(
                body,
                "Feria de San Isidro Labrador 2027",
                "Ayúdanos a planear la próxima feria: qué actividades quieres y en qué horario.",
                colonia,
                by,
                created);
        s.addQuestion(
                new QuestionDraft(
                        QuestionKind.MULTIPLE_CHOICE,
                        "¿Qué actividades te gustaría en la feria?",
                        true,
                        List.of("Desfile de yuntas", "Conciertos", "Juegos mecánicos", "Muestra gastronómica")),
                by,
                created.plusMinutes(6));
        s.addQuestion(
                new QuestionDraft(QuestionKind.SCALE_1_5, "¿Cómo calificas la feria de este año?", false, null),
                by,
                created.plusMinutes(10));
        em.persist(s);
    }

    /** An index drawn with these weights. */
    private static int weighted(Random random, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static OffsetDateTime at(Body body, LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(body.getTimeZone()).toOffsetDateTime();
    }
}
