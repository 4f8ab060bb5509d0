package org.puente.platform;

import java.util.function.Supplier;

/**
 * The one place where an aggregate's refusal becomes a business refusal the user reads. An aggregate
 * refuses a step it does not allow now with an {@link IllegalStateException} (shown as
 * {@code <feature>.transition.forbidden}), input that breaks one of its rules with a
 * {@link RuleViolation} (shown with its own key and field), and any other {@link IllegalArgumentException}
 * (a guard against a programming error, whose English text is never shown) as
 * {@code <feature>.transition.invalid}.
 */
public final class Steps {

    private Steps() {}

    /** Runs an aggregate's verb; {@code feature} is the key prefix of the refusals ("report", "engagement"...). */
    public static void attempt(String feature, Runnable step) {
        attempt(feature, () -> {
            step.run();
            return null;
        });
    }

    public static <T> T attempt(String feature, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuleViolation e) {
            throw refusal(e);
        } catch (IllegalStateException e) {
            throw new BusinessException(feature + ".transition.forbidden");
        } catch (IllegalArgumentException e) {
            throw new BusinessException(feature + ".transition.invalid");
        }
    }

    /** The business refusal of an aggregate's rule, with its key, arguments and field. */
    public static BusinessException refusal(RuleViolation e) {
        return new BusinessException(e.getField(), e.getMessageKey(), e.getArguments());
    }
}
