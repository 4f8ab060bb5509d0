package org.puente.engagement;

/** A step on a platform incident: the content department's first response, or resolving it. */
public enum IncidentStep {
    RESPOND,
    RESOLVE
}
