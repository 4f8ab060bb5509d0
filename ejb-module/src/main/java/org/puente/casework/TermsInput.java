package org.puente.casework;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.RuleViolation;

/**
 * The legal clock as an administrator types it on /staff/plazos, field by field: the term and its unit,
 * from when it counts, the warning (a share of the term or some units before it), the extension, the
 * prevención and the referral. {@link #toTerms} builds the {@link ClockTerms}, whose own rules decide what
 * is valid; every rule broken comes back at once, each on its field. Periods of the prevención and the
 * referral are business days, except the citizen's time to answer, which has its own unit (Ley 1755: a month).
 */
public class TermsInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String presetCode;
    private Integer amount;
    private ClockUnit unit;
    private ClockStart start;
    private boolean warningPercent = true;
    private Integer warningValue;
    private Integer extensionMax;
    private boolean prevention;
    private Integer askWithin;
    private Integer answerWithin;
    private ClockUnit answerUnit;
    private boolean answerExtendable;
    private boolean restartsTerm;
    private Integer referralWithin;

    /** The fields filled in from terms in force (or a preset). */
    public static TermsInput of(ClockPreset preset, ClockTerms terms) {
        TermsInput in = new TermsInput();
        in.presetCode = preset.code();
        in.amount = terms.term().amount();
        in.unit = terms.term().unit();
        in.start = terms.start();
        in.warningPercent = terms.warning().percent() > 0;
        in.warningValue =
                in.warningPercent ? terms.warning().percent() : terms.warning().unitsBefore();
        in.extensionMax = terms.extensionMax();
        terms.pauseRules().ifPresent(p -> {
            in.prevention = true;
            in.askWithin = p.askWithin().amount();
            in.answerWithin = p.answerWithin().amount();
            in.answerUnit = p.answerWithin().unit();
            in.answerExtendable = p.answerExtendable();
            in.restartsTerm = p.restartsTerm();
        });
        in.referralWithin = terms.referral().map(ClockSpan::amount).orElse(null);
        return in;
    }

    /** The preset chosen, or a refusal on the preset field. */
    public ClockPreset preset() {
        return ClockPreset.byCode(presetCode == null ? "" : presetCode)
                .orElseThrow(() -> new BusinessException("preset", "clock.form.preset"));
    }

    /**
     * The terms these fields say, checked by {@link ClockTerms}; every problem at once, each on its field.
     * What the form does not edit (the time to carry out an ARCO right) comes from the preset.
     */
    public ClockTerms toTerms() {
        List<BusinessException> problems = new ArrayList<>();
        ClockPreset preset = null;
        try {
            preset = preset();
        } catch (BusinessException e) {
            problems.add(e);
        }
        ClockSpan term = span("amount", amount, unit, problems);
        ClockWarning warning = warningValue == null
                ? missing("warningValue", problems)
                : rule(
                        "warningValue",
                        problems,
                        () -> warningPercent
                                ? ClockWarning.atPercent(warningValue)
                                : ClockWarning.unitsBefore(warningValue));
        PauseRules pause = null;
        if (prevention) {
            ClockSpan ask = span("askWithin", askWithin, ClockUnit.BUSINESS_DAYS, problems);
            ClockSpan answer = span("answerWithin", answerWithin, answerUnit, problems);
            pause = ask == null || answer == null ? null : new PauseRules(ask, answer, answerExtendable, restartsTerm);
        }
        ClockSpan referral = referralWithin == null
                ? null
                : span("referralWithin", referralWithin, ClockUnit.BUSINESS_DAYS, problems);
        if (start == null) {
            problems.add(new BusinessException("start", "clock.form.start"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ClockSpan execution = preset.terms().execution().orElse(null);
        PauseRules rules = pause;
        ClockTerms terms = rule(
                null,
                problems,
                () -> new ClockTerms(
                        term, start, warning, extensionMax == null ? 0 : extensionMax, rules, referral, execution));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return terms;
    }

    private static ClockSpan span(String field, Integer value, ClockUnit unit, List<BusinessException> problems) {
        if (value == null) {
            return missing(field, problems);
        }
        if (unit == null) {
            problems.add(new BusinessException(field, "clock.terms.unit"));
            return null;
        }
        return rule(field, problems, () -> new ClockSpan(value, unit));
    }

    private static <T> T missing(String field, List<BusinessException> problems) {
        problems.add(new BusinessException(field, "clock.form.required"));
        return null;
    }

    /** Runs a constructor of the clock's value objects; a broken rule goes on {@code field} (its own when null). */
    private static <T> T rule(String field, List<BusinessException> problems, Supplier<T> make) {
        try {
            return make.get();
        } catch (RuleViolation e) {
            String on = field != null ? field : "warning".equals(e.getField()) ? "warningValue" : e.getField();
            problems.add(new BusinessException(on, e.getMessageKey(), e.getArguments()));
            return null;
        }
    }

    public String getPresetCode() {
        return presetCode;
    }

    public void setPresetCode(String presetCode) {
        this.presetCode = presetCode;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public ClockUnit getUnit() {
        return unit;
    }

    public void setUnit(ClockUnit unit) {
        this.unit = unit;
    }

    public ClockStart getStart() {
        return start;
    }

    public void setStart(ClockStart start) {
        this.start = start;
    }

    public boolean isWarningPercent() {
        return warningPercent;
    }

    public void setWarningPercent(boolean warningPercent) {
        this.warningPercent = warningPercent;
    }

    public Integer getWarningValue() {
        return warningValue;
    }

    public void setWarningValue(Integer warningValue) {
        this.warningValue = warningValue;
    }

    public Integer getExtensionMax() {
        return extensionMax;
    }

    public void setExtensionMax(Integer extensionMax) {
        this.extensionMax = extensionMax;
    }

    public boolean isPrevention() {
        return prevention;
    }

    public void setPrevention(boolean prevention) {
        this.prevention = prevention;
    }

    public Integer getAskWithin() {
        return askWithin;
    }

    public void setAskWithin(Integer askWithin) {
        this.askWithin = askWithin;
    }

    public Integer getAnswerWithin() {
        return answerWithin;
    }

    public void setAnswerWithin(Integer answerWithin) {
        this.answerWithin = answerWithin;
    }

    public ClockUnit getAnswerUnit() {
        return answerUnit;
    }

    public void setAnswerUnit(ClockUnit answerUnit) {
        this.answerUnit = answerUnit;
    }

    public boolean isAnswerExtendable() {
        return answerExtendable;
    }

    public void setAnswerExtendable(boolean answerExtendable) {
        this.answerExtendable = answerExtendable;
    }

    public boolean isRestartsTerm() {
        return restartsTerm;
    }

    public void setRestartsTerm(boolean restartsTerm) {
        this.restartsTerm = restartsTerm;
    }

    public Integer getReferralWithin() {
        return referralWithin;
    }

    public void setReferralWithin(Integer referralWithin) {
        this.referralWithin = referralWithin;
    }
}
