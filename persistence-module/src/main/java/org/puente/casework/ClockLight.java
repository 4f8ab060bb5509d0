package org.puente.casework;

/** A case's status light; the text is {@code clock.light.<NAME>}. */
public enum ClockLight {
    EN_TERMINO,
    POR_VENCER,
    VENCIDO,
    ATENDIDO
}
