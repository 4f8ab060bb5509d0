package org.puente.casework;

import java.util.Arrays;
import java.util.Optional;

/**
 * The clocks Puente ships, each named after its source. An administrator starts from one and may edit
 * it ({@link ClockTerms#withTerm}); the code is stable (stored), the name is a bundle text
 * ({@code clock.preset.<code>}).
 */
public enum ClockPreset {

    /** Ley 1755 de 2015, art. 14: 15 días; par.: extension before expiry up to double; art. 17; art. 21. */
    CO_LEY_1755_GENERAL("co-1755-general", colombia(15)),
    /** Ley 1755 de 2015, art. 14.1: documents and information, 10 días. */
    CO_LEY_1755_DOCUMENTS("co-1755-documentos", colombia(10)),
    /** Ley 1755 de 2015, art. 14.2: consultations, 30 días. */
    CO_LEY_1755_CONSULTATION("co-1755-consultas", colombia(30)),
    /**
     * A Mexican municipality: art. 8 of the constitution only says "breve término", so the demo
     * municipality answers within 15 business days; each municipality edits it.
     */
    MX_MUNICIPAL("mx-municipal", ClockTerms.simple(ClockSpan.businessDays(15))),
    /**
     * LGPDPPSO (personal data, public bodies): art. 51, answer within 20 days, extendable once by 10 with
     * notice, carried out within 15 days of the answer; art. 52, a prevención within 5 days, answered
     * within 10, which "interrumpe" the term; art. 53, the citizen told within 3 days when the body is not
     * competent.
     */
    MX_LGPDPPSO_ARCO(
            "mx-lgpdppso-arco",
            new ClockTerms(
                    ClockSpan.businessDays(20),
                    ClockStart.DAY_AFTER_RECEIPT,
                    ClockWarning.atPercent(75),
                    10,
                    new PauseRules(ClockSpan.businessDays(5), ClockSpan.businessDays(10), false, true),
                    ClockSpan.businessDays(3),
                    ClockSpan.businessDays(15)));

    private final String code;
    private final ClockTerms terms;

    ClockPreset(String code, ClockTerms terms) {
        this.code = code;
        this.terms = terms;
    }

    /**
     * Colombia's "días" are business days (Ley 4 de 1913, art. 62). Art. 14 par.: the new term may not
     * exceed double the initial one. Art. 17: completion asked within 10 days, one month to complete,
     * extendable once by an equal term, the term then resumes. Art. 21: referral within 5 days.
     */
    private static ClockTerms colombia(int days) {
        return new ClockTerms(
                ClockSpan.businessDays(days),
                ClockStart.DAY_AFTER_RECEIPT,
                ClockWarning.atPercent(75),
                days,
                new PauseRules(ClockSpan.businessDays(10), ClockSpan.months(1), true, false),
                ClockSpan.businessDays(5),
                null);
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "clock.preset." + code;
    }

    public ClockTerms terms() {
        return terms;
    }

    public static Optional<ClockPreset> byCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
