package org.puente.incident;

/**
 * What an incident affects: the body's web site, its electronic office (the procedures done on line), one
 * of its service offices, or one of its service channels ({@link ServiceChannel}). The text of each is
 * {@code incidentNotice.affected.<NAME>}.
 */
public enum AffectedService {
    SITIO_WEB,
    SEDE_ELECTRONICA,
    OFICINA,
    CANAL;

    public String messageKey() {
        return "incidentNotice.affected." + name();
    }
}
