package org.puente.opinion;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A survey's answers for the staff CSV: one row per response (a running number, the day and the answers, a cell
 * per question), never an account, a browser token or an address.
 */
public record AnswerExport(String title, ZoneId zone, List<String> questions, List<Row> rows) {

    public record Row(int number, OffsetDateTime submittedAt, List<String> cells) {}
}
