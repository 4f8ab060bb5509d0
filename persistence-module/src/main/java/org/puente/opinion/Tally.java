package org.puente.opinion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A survey's results: how many people answered it, and for each question its n (those who answered that
 * question), each option's count and share of n (in percent to one decimal, half up; a multiple choice's shares
 * add up to more than 100), and for a scale its five points and the mean (two decimals, half up). Free texts are
 * only counted here; which of them may be read is staff's review.
 */
public record Tally(long responses, List<QuestionResult> questions) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One option (or one point of a scale) with its count and its share of the question's n. */
    public record OptionCount(String label, long count, BigDecimal percent) implements Serializable {

        /** The share as a bar width, 0 to 100. */
        public String width() {
            return percent.setScale(1, RoundingMode.HALF_UP).toPlainString();
        }
    }

    /** One question's results. */
    public record QuestionResult(
            int position, QuestionKind kind, String text, long n, List<OptionCount> options, BigDecimal mean)
            implements Serializable {}

    /** Counts the answers of these responses to these questions. */
    public static Tally of(List<OpinionQuestion> questions, List<OpinionResponse> responses) {
        Map<OpinionQuestion, List<OpinionAnswer>> byQuestion = new java.util.IdentityHashMap<>();
        for (OpinionQuestion q : questions) {
            byQuestion.put(q, new ArrayList<>());
        }
        for (OpinionResponse r : responses) {
            for (OpinionAnswer a : r.getAnswers()) {
                List<OpinionAnswer> list = byQuestion.get(a.getQuestion());
                if (list != null) {
                    list.add(a);
                }
            }
        }
        List<QuestionResult> results = new ArrayList<>();
        for (OpinionQuestion q : questions) {
            results.add(result(q, byQuestion.get(q)));
        }
        return new Tally(responses.size(), List.copyOf(results));
    }

    private static QuestionResult result(OpinionQuestion q, List<OpinionAnswer> answers) {
        long n = answers.size();
        List<OptionCount> options = new ArrayList<>();
        BigDecimal mean = null;
        switch (q.getKind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                long[] counts = new long[q.getOptions().size()];
                for (OpinionAnswer a : answers) {
                    for (int c : a.chosen()) {
                        if (c >= 0 && c < counts.length) {
                            counts[c]++;
                        }
                    }
                }
                for (int i = 0; i < counts.length; i++) {
                    options.add(new OptionCount(q.getOptions().get(i), counts[i], percent(counts[i], n)));
                }
            }
            case SCALE_1_5 -> {
                long[] counts = new long[5];
                long sum = 0;
                for (OpinionAnswer a : answers) {
                    counts[a.getScale() - 1]++;
                    sum += a.getScale();
                }
                for (int i = 0; i < 5; i++) {
                    options.add(new OptionCount(String.valueOf(i + 1), counts[i], percent(counts[i], n)));
                }
                mean = n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
            }
            case SHORT_TEXT -> {}
        }
        return new QuestionResult(q.getPosition(), q.getKind(), q.getText(), n, List.copyOf(options), mean);
    }

    static BigDecimal percent(long count, long n) {
        if (n == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }
}
