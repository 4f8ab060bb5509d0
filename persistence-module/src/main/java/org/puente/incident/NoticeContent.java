package org.puente.incident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.puente.platform.RuleViolation;

/**
 * What staff write about an incident, apart from its updates: the title, what it affects (and, for a channel,
 * which one; for an office, which office and the day it stays closed), and when it started. Texts are
 * stripped, a blank one is none; what does not fit the affected kind is dropped (a channel of a web-site
 * incident, a closure day of a channel's), so that a form that changed its mind leaves nothing behind.
 */
public record NoticeContent(
        String title,
        AffectedService affected,
        ServiceChannel channel,
        String office,
        OffsetDateTime startedAt,
        LocalDate closureDay) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_OFFICE = 200;

    public NoticeContent {
        title = clean(title);
        office = affected == AffectedService.OFICINA ? clean(office) : null;
        closureDay = affected == AffectedService.OFICINA ? closureDay : null;
        channel = affected == AffectedService.CANAL ? channel : null;
    }

    /** Every rule this content breaks, each on its field, in the order a form shows them; empty when it fits. */
    public List<RuleViolation> problems() {
        List<RuleViolation> problems = new ArrayList<>();
        if (title == null) {
            problems.add(new RuleViolation("title", "incidentNotice.title.required"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new RuleViolation("title", "incidentNotice.title.tooLong", MAX_TITLE));
        }
        if (affected == null) {
            problems.add(new RuleViolation("affected", "incidentNotice.affected.required"));
        } else if (affected == AffectedService.CANAL && channel == null) {
            problems.add(new RuleViolation("channel", "incidentNotice.channel.required"));
        }
        if (office != null && office.length() > MAX_OFFICE) {
            problems.add(new RuleViolation("office", "incidentNotice.office.tooLong", MAX_OFFICE));
        }
        if (startedAt == null) {
            problems.add(new RuleViolation("startedAt", "incidentNotice.startedAt.required"));
        }
        return problems;
    }

    static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }
}
