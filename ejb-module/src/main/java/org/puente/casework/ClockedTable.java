package org.puente.casework;

import java.util.stream.Collectors;
import org.puente.petition.PetitionStatus;
import org.puente.report.ReportStatus;

/**
 * The kinds of case that keep their term in a {@link ClockRecord}, as a recalculation after a calendar change
 * reads and writes them with JDBC: the case table (its clock columns are the record's), which of its rows are
 * open, and its history table, where a moved due date is written as the entity writes it ({@code DUE_MOVED},
 * the dates before and after, and why).
 */
public enum ClockedTable {
    PETITION("petition", openStatuses(PetitionStatus.OPEN), "petition_entry", "petition_id", "text", "", ""),
    /** A report's history row also names the status, which a moved due date does not change. */
    REPORT(
            "service_report",
            openStatuses(ReportStatus.OPEN),
            "report_transition",
            "report_id",
            "note",
            ", from_status, to_status",
            ", c.status, c.status");

    /** History sequences hand out blocks of 50 (the entities' allocationSize), the value being the block's last. */
    static final int ID_BLOCK = 50;

    final String table;
    final String open;
    final String history;
    final String caseColumn;
    final String textColumn;
    final String statusColumns;
    final String statusValues;

    ClockedTable(
            String table,
            String open,
            String history,
            String caseColumn,
            String textColumn,
            String statusColumns,
            String statusValues) {
        this.table = table;
        this.open = open;
        this.history = history;
        this.caseColumn = caseColumn;
        this.textColumn = textColumn;
        this.statusColumns = statusColumns;
        this.statusValues = statusValues;
    }

    /** The body's open cases with a running clock, by id. */
    String openIds() {
        return "select id from " + table + " where body_id = ? and status in " + open
                + " and clock_ending is null order by id";
    }

    private static String openStatuses(java.util.Set<? extends Enum<?>> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", ", "(", ")"));
    }
}
