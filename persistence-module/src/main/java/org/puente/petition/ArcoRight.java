package org.puente.petition;

/** The personal-data right an ARCO request asks for (LGPDPPSO arts. 43-47). Text: {@code arco.right.<NAME>}. */
public enum ArcoRight {
    ACCESO,
    RECTIFICACION,
    CANCELACION,
    OPOSICION;

    public String messageKey() {
        return "arco.right." + name();
    }
}
