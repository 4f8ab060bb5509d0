package org.puente.petition;

/**
 * The kinds of petition (PQRS and ARCO requests), each with its own legal clock setting per body
 * ({@link #caseType()}) and its own rule on contact data. The text is {@code petition.type.<NAME>}.
 */
public enum PetitionType {
    PETICION,
    QUEJA,
    RECLAMO,
    SUGERENCIA,
    DENUNCIA,
    /** A personal-data right (access, rectification, cancellation, opposition), under the LGPDPPSO. */
    ARCO;

    /** Whether the filer must leave a way to answer him: all but suggestions and anonymous denuncias. */
    public boolean needsContact(boolean anonymous) {
        return switch (this) {
            case SUGERENCIA -> false;
            case DENUNCIA -> !anonymous;
            default -> true;
        };
    }

    /** Whether it may be filed anonymously: suggestions and denuncias only; an ARCO request never. */
    public boolean allowsAnonymous() {
        return this == SUGERENCIA || this == DENUNCIA;
    }

    /** The key of its clock setting ({@link org.puente.casework.ClockSetting#getCaseType()}). */
    public String caseType() {
        return "petition." + name();
    }

    /** The types a citizen files on the public PQRS form. */
    public boolean isPqrs() {
        return this != ARCO;
    }

    /** The series code in its folio: MET-PQR-2026-000001, MET-ARCO-2026-000001. */
    public String folioSeries() {
        return this == ARCO ? "ARCO" : "PQR";
    }

    public String messageKey() {
        return "petition.type." + name();
    }
}
