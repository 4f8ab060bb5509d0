package org.puente.web.platform;

import java.util.List;
import java.util.Set;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;

/**
 * Shows a service's refusal on the form that was sent: beside the fields that form has, and at the
 * top of the page for a field it does not have (an approval refused because the date has passed).
 */
public final class Refusals {

    private Refusals() {}

    public static void show(Texts texts, BusinessException refusal, String formId, Set<String> fields) {
        List<BusinessException> problems =
                refusal instanceof InvalidInputException invalid ? invalid.getProblems() : List.of(refusal);
        List<BusinessException> placed = problems.stream()
                .map(p -> p.getField() == null || fields.contains(p.getField())
                        ? p
                        : new BusinessException(null, p.getMessageKey(), p.getArguments()))
                .toList();
        texts.show(placed.size() == 1 ? placed.get(0) : new InvalidInputException(placed), formId);
    }
}
