package org.puente.petition;

import org.puente.casework.ClockLight;

/** The staff queue's filters; null means "any". */
public record PetitionFilter(
        PetitionType type, PetitionStatus status, ClockLight light, Long departmentId, String folio) {

    public static PetitionFilter none() {
        return new PetitionFilter(null, null, null, null, null);
    }
}
