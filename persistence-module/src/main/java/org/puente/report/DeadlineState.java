package org.puente.report;

/** How an open report stands against its deadline (75% of the time used is "at risk"). */
public enum DeadlineState {
    ON_TIME,
    AT_RISK,
    OVERDUE;

    public String messageKey() {
        return "report.deadline." + name();
    }
}
