package org.puente.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.puente.report.ReportStatus;
import org.puente.web.platform.Texts;

/** "Quedan 5 h" / "Venció hace 2 d" for the queue, from the deadline and the current time. */
@Named
@RequestScoped
public class TimeLeft {

    @Inject
    private Clock clock;

    @Inject
    private Texts texts;

    public String of(ReportStatus status, OffsetDateTime due) {
        if (!status.isOpen()) {
            return texts.get("queue.timeLeft.closed");
        }
        Duration left = Duration.between(OffsetDateTime.now(clock), due);
        boolean late = left.isNegative();
        Duration amount = left.abs();
        String text = amount.toDays() >= 1
                ? texts.get("queue.days", amount.toDays())
                : amount.toHours() >= 1
                        ? texts.get("queue.hours", amount.toHours())
                        : texts.get("queue.minutes", Math.max(1, amount.toMinutes()));
        return texts.get(late ? "queue.overdueBy" : "queue.left", text);
    }
}
