package org.puente.report;

/**
 * The steps staff take on a report, as the report page offers them. {@link ServiceReport#stepsFor}
 * says which of them a given person may take now; each verb of the report refuses a step it does not
 * allow in the report's status.
 */
public enum ReportStep {
    /** An agent of the report's department takes it (received becomes assigned). */
    TAKE,
    /** Work starts on a received or assigned report. */
    START,
    RESOLVE,
    CLOSE,
    /** A resolved report goes back to work. */
    REOPEN,
    REJECT,
    DUPLICATE,
    /** A manager sends an open report to another department. */
    REASSIGN,
    /** A manager gives an open report to a person of its department. */
    ASSIGN
}
