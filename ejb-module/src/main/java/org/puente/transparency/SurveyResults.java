package org.puente.transparency;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.text.Collator;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.puente.report.SurveyResponse;

/**
 * The results of the "¡Ayúdanos a mejorar!" survey that reporters answer after a resolution: for each
 * question with fixed answers, how many chose each one, for all services and for each service, among
 * the reports of the filter (received in its range, of its service and delegación). A group with
 * fewer than {@link #MINIMUM} answers shows no figure at all, not even its count, so that nobody's
 * answer can be told apart. The one free-text question (the priority services a reporter typed) is
 * never read here.
 *
 * <p>One grouped query counts every combination of answers per service; the rest is adding up.
 */
@Stateless
public class SurveyResults {

    /** Services in the order of a Spanish index: accents do not send "Ópticas" after "Zonas". */
    private static final Collator SPANISH = Collator.getInstance(Locale.forLanguageTag("es-MX"));

    /** The fewest answers a group needs before its distribution is published. */
    public static final int MINIMUM = 5;

    /** The questions with fixed answers, with the text the reporter read and the answers offered. */
    public enum Question {
        FIXED("survey.fixed", "survey.yes", "survey.no"),
        KNOWS_SERVICE("survey.knowsService", "survey.yes", "survey.no"),
        EFFECTIVE_CHANNEL("survey.effectiveChannel", "survey.yes", "survey.no"),
        ACCOUNTABILITY("survey.accountability", "survey.degree.MUCHO", "survey.degree.POCO", "survey.degree.NADA");

        private final String messageKey;
        private final List<String> answerKeys;

        Question(String messageKey, String... answerKeys) {
            this.messageKey = messageKey;
            this.answerKeys = List.of(answerKeys);
        }

        /** The question's text, as the survey form asks it. */
        public String messageKey() {
            return messageKey;
        }

        /** The answers' labels, in the form's order. */
        public List<String> answerKeys() {
            return answerKeys;
        }
    }

    /** One answer's count and its share of the group, in whole percent. */
    public record Share(String answerKey, long count, int percent) {}

    /**
     * A group's answers to one question. When it has fewer than {@link #MINIMUM}, it is withheld:
     * no count, no share, not its n.
     */
    public record Distribution(boolean shown, long n, List<Share> shares) {

        /** The distribution of the counts (in the order of {@code answerKeys}), or a withheld one. */
        public static Distribution of(List<String> answerKeys, long[] counts) {
            long n = 0;
            for (long c : counts) {
                n += c;
            }
            if (n < MINIMUM) {
                return new Distribution(false, 0, List.of());
            }
            List<Share> shares = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                shares.add(new Share(answerKeys.get(i), counts[i], (int) Math.round(100.0 * counts[i] / n)));
            }
            return new Distribution(true, n, List.copyOf(shares));
        }
    }

    /** A service's answers to one question. */
    public record ServiceShare(String serviceCode, String serviceName, Distribution distribution) {}

    /** One question: all the filter's answers, and each service's (services without answers left out). */
    public record QuestionResults(Question question, Distribution overall, List<ServiceShare> services) {}

    /** Every question; {@code shown} is false when the filter holds fewer than {@link #MINIMUM} answered surveys. */
    public record Results(boolean shown, long responses, List<QuestionResults> questions) {}

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    public Results of(TransparencyScope.Scope scope) {
        ZoneId zone = scope.body().getTimeZone();
        TransparencyFilter filter = scope.filter();
        OffsetDateTime start = filter.from().atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        StringBuilder jpql = new StringBuilder("select r.service.code, r.service.name, s.problemFixed, s.knowsService,"
                + " s.effectiveChannel, s.accountability, count(s) from SurveyResponse s join s.report r"
                + " where r.body = :body and r.receivedAt >= :start and r.receivedAt < :end");
        if (scope.service() != null) {
            jpql.append(" and r.service = :service");
        }
        if (scope.delegacion() != null) {
            jpql.append(" and r.colonia.delegacion = :delegacion");
        }
        jpql.append(" group by r.service.code, r.service.name, s.problemFixed, s.knowsService, s.effectiveChannel,"
                + " s.accountability");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("body", scope.body())
                .setParameter("start", start)
                .setParameter("end", end);
        if (scope.service() != null) {
            query.setParameter("service", scope.service());
        }
        if (scope.delegacion() != null) {
            query.setParameter("delegacion", scope.delegacion());
        }
        return tally(query.getResultList());
    }

    /**
     * Adds up the grouped rows (service code, service name, fixed, knows, channel, degree, count) into
     * each question's distributions.
     */
    static Results tally(List<Object[]> rows) {
        Question[] questions = Question.values();
        long[][] overall = new long[questions.length][];
        Map<String, long[][]> byService = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int q = 0; q < questions.length; q++) {
            overall[q] = new long[questions[q].answerKeys().size()];
        }
        long responses = 0;
        for (Object[] row : rows) {
            String code = (String) row[0];
            names.put(code, (String) row[1]);
            long count = ((Number) row[6]).longValue();
            responses += count;
            long[][] service = byService.computeIfAbsent(code, c -> {
                long[][] empty = new long[questions.length][];
                for (int q = 0; q < questions.length; q++) {
                    empty[q] = new long[questions[q].answerKeys().size()];
                }
                return empty;
            });
            int[] answers = {
                row[2] == null ? -1 : yesNo((Boolean) row[2]),
                yesNo((Boolean) row[3]),
                yesNo((Boolean) row[4]),
                ((SurveyResponse.Degree) row[5]).ordinal()
            };
            for (int q = 0; q < questions.length; q++) {
                if (answers[q] >= 0) {
                    overall[q][answers[q]] += count;
                    service[q][answers[q]] += count;
                }
            }
        }
        List<QuestionResults> results = new ArrayList<>();
        for (int q = 0; q < questions.length; q++) {
            List<ServiceShare> services = new ArrayList<>();
            for (Map.Entry<String, long[][]> s : byService.entrySet()) {
                long[] counts = s.getValue()[q];
                if (java.util.Arrays.stream(counts).sum() > 0) {
                    services.add(new ServiceShare(
                            s.getKey(), names.get(s.getKey()), Distribution.of(questions[q].answerKeys(), counts)));
                }
            }
            services.sort(Comparator.comparing(ServiceShare::serviceName, SPANISH));
            results.add(new QuestionResults(
                    questions[q], Distribution.of(questions[q].answerKeys(), overall[q]), List.copyOf(services)));
        }
        boolean shown = responses >= MINIMUM;
        return new Results(shown, shown ? responses : 0, List.copyOf(results));
    }

    private static int yesNo(Boolean answer) {
        return Boolean.TRUE.equals(answer) ? 0 : 1;
    }
}
