package org.puente.organization;

/** The kinds of public body that the agency serves (seed 000). */
public enum BodyKind {
    AGENCIA,
    DEPENDENCIA,
    ORGANISMO_AUXILIAR,
    ORGANISMO_AUTONOMO,
    MUNICIPIO,
    PODER_LEGISLATIVO,
    PODER_JUDICIAL;

    /** Resource-bundle key of the kind's label. */
    public String messageKey() {
        return "body.kind." + name();
    }
}
