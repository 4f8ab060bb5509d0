package org.puente.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.puente.notification.NotificationService;

/**
 * The one place that says who is told of a report's change: the reporter, and every follower who
 * left an e-mail (people who reported the same problem again). Each address is told once.
 */
public final class ReportNotices {

    /** The addresses told of a change: the reporter's (or null), then the followers' not already told. */
    public record Recipients(String reporter, List<String> followers) {}

    private ReportNotices() {}

    public static Recipients recipients(ServiceReport report) {
        String reporter = reporterEmail(report);
        Set<String> told = new LinkedHashSet<>();
        if (reporter != null) {
            told.add(reporter.toLowerCase(Locale.ROOT));
        }
        List<String> followers = new ArrayList<>();
        for (ReportFollower f : report.getFollowers()) {
            String email = f.getContact().getEmail();
            if (email != null && told.add(email.toLowerCase(Locale.ROOT))) {
                followers.add(email);
            }
        }
        return new Recipients(reporter, List.copyOf(followers));
    }

    /** The reporter's address: the contact he left, else his account's; null when there is none. */
    public static String reporterEmail(ServiceReport report) {
        if (report.getContact().getEmail() != null) {
            return report.getContact().getEmail();
        }
        return report.getCitizen() == null ? null : report.getCitizen().getEmail();
    }

    /** Queues the e-mail of a status change (with the step's note) to the reporter and to the followers. */
    public static void statusChanged(
            NotificationService notifications, ServiceReport report, String statusLabel, String note, String baseUrl) {
        Recipients to = recipients(report);
        notifications.enqueue(to.reporter(), "report.status", report.getFolio(), statusLabel, note, baseUrl);
        for (String follower : to.followers()) {
            notifications.enqueue(follower, "report.followed.status", report.getFolio(), statusLabel, note, baseUrl);
        }
    }
}
