package org.puente.identity;

/**
 * The roles of PRODUCT.md. The names are also the Jakarta Security group and role names.
 */
public enum Role {
    CIUDADANO(false, false),
    OPERADOR(true, false),
    AGENTE(true, false),
    GERENTE(true, false),
    ENLACE(true, false),
    EVALUADOR(true, true),
    MODERADOR(true, true),
    EXPERTO(true, false),
    /** A body's communication staff: incident notices and, later, news, hoax debunking and public answers. */
    COMUNICACION(true, false),
    ADMIN(true, true);

    private final boolean staff;
    private final boolean agencyWide;

    Role(boolean staff, boolean agencyWide) {
        this.staff = staff;
        this.agencyWide = agencyWide;
    }

    /** Staff roles work in the intranet and belong to a body. */
    public boolean isStaff() {
        return staff;
    }

    /** The agency's own roles see the data of every body, not only their own. */
    public boolean isAgencyWide() {
        return agencyWide;
    }

    public String messageKey() {
        return "role." + name();
    }
}
