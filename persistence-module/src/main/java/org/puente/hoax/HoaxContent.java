package org.puente.hoax;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.puente.communication.Texts;
import org.puente.platform.RuleViolation;

/**
 * What staff write of a debunk: the claim as it circulates, the verdict, the explanation, the day the claim was
 * seen circulating, and one to five official sources (the form's rows, as typed: a blank row is dropped, a
 * refusal names the row it is on).
 */
public record HoaxContent(
        String claim, Verdict verdict, String explanation, LocalDate seenOn, List<HoaxSource> sources) {

    public static final int MAX_CLAIM = 500;
    public static final int MAX_EXPLANATION = 4000;
    public static final int MAX_SOURCES = 5;

    public HoaxContent {
        claim = Texts.clean(claim);
        explanation = Texts.clean(explanation);
        sources = sources == null
                ? List.of()
                : sources.stream()
                        .map(s -> s == null ? new HoaxSource(null, null) : s)
                        .toList();
    }

    /** The sources kept: the rows that are not blank, in the form's order. */
    public List<HoaxSource> kept() {
        return sources.stream().filter(s -> !s.isBlank()).toList();
    }

    /** Every rule this content breaks, each on its field, in the form's order; empty when it fits. */
    public List<RuleViolation> problems(LocalDate today) {
        List<RuleViolation> problems = new ArrayList<>();
        if (claim == null) {
            problems.add(new RuleViolation("claim", "hoax.claim.required"));
        } else if (claim.length() > MAX_CLAIM) {
            problems.add(new RuleViolation("claim", "hoax.claim.tooLong", MAX_CLAIM));
        }
        if (verdict == null) {
            problems.add(new RuleViolation("verdict", "hoax.verdict.required"));
        }
        if (explanation == null) {
            problems.add(new RuleViolation("explanation", "hoax.explanation.required"));
        } else if (explanation.length() > MAX_EXPLANATION) {
            problems.add(new RuleViolation("explanation", "hoax.explanation.tooLong", MAX_EXPLANATION));
        }
        if (seenOn == null) {
            problems.add(new RuleViolation("seenOn", "hoax.seenOn.required"));
        } else if (today != null && seenOn.isAfter(today)) {
            problems.add(new RuleViolation("seenOn", "hoax.seenOn.future"));
        }
        int kept = kept().size();
        if (kept == 0) {
            problems.add(new RuleViolation("sourceTitle0", "hoax.sources.required"));
        } else if (kept > MAX_SOURCES) {
            problems.add(new RuleViolation("sourceTitle0", "hoax.sources.tooMany", MAX_SOURCES));
        } else {
            for (int i = 0; i < sources.size(); i++) {
                if (!sources.get(i).isBlank()) {
                    sources.get(i).problem(i).ifPresent(problems::add);
                }
            }
        }
        return problems;
    }
}
