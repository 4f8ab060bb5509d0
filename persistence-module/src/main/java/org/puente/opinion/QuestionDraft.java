package org.puente.opinion;

import java.util.ArrayList;
import java.util.List;
import org.puente.platform.RuleViolation;

/**
 * A question as staff write it: its kind, text, whether it must be answered, and, for the choice kinds, its
 * options (2 to 10, none blank, none repeated). Texts are stripped and blank options dropped; options of a kind
 * that has none are dropped too, so a form that changed its mind leaves nothing behind.
 */
public record QuestionDraft(QuestionKind kind, String text, boolean required, List<String> options) {

    public static final int MAX_TEXT = 300;
    public static final int MAX_OPTION = 150;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;

    public QuestionDraft {
        text = OpinionSurvey.clean(text);
        List<String> kept = new ArrayList<>();
        if (kind != null && kind.hasOptions() && options != null) {
            for (String option : options) {
                String clean = OpinionSurvey.clean(option);
                if (clean != null) {
                    kept.add(clean);
                }
            }
        }
        options = List.copyOf(kept);
    }

    /** Every rule this question breaks, each on its field; empty when it fits. */
    public List<RuleViolation> problems() {
        List<RuleViolation> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new RuleViolation("kind", "opinion.question.kind.required"));
        }
        if (text == null) {
            problems.add(new RuleViolation("text", "opinion.question.text.required"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(new RuleViolation("text", "opinion.question.text.tooLong", MAX_TEXT));
        }
        if (kind != null && kind.hasOptions()) {
            if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
                problems.add(new RuleViolation("options", "opinion.question.options.count", MIN_OPTIONS, MAX_OPTIONS));
            } else if (options.stream().anyMatch(o -> o.length() > MAX_OPTION)) {
                problems.add(new RuleViolation("options", "opinion.question.options.tooLong", MAX_OPTION));
            } else if (options.stream()
                            .map(o -> o.toLowerCase(java.util.Locale.ROOT))
                            .distinct()
                            .count()
                    < options.size()) {
                problems.add(new RuleViolation("options", "opinion.question.options.repeated"));
            }
        }
        return problems;
    }
}
