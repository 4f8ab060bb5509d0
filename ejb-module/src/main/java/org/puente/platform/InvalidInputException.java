package org.puente.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Several fields of one form are wrong at once; each problem names its field. */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

    private final List<BusinessException> problems;

    public InvalidInputException(List<BusinessException> problems) {
        super("error.invalidInput");
        this.problems = List.copyOf(problems);
    }

    public List<BusinessException> getProblems() {
        return problems;
    }
}
