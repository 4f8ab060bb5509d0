package org.puente.report;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words report e-mails put in their templates, read from the mail bundle
 * ({@code org/puente/notification/mail.properties}) like the templates themselves: a status's name
 * ({@code report.status.label.*}) and a date in the municipality's time zone ({@code report.when}).
 */
public final class ReportMail {

    /** The language of the e-mails (the mail bundle is Spanish, as NotificationService writes it). */
    private static final Locale LANGUAGE = Locale.forLanguageTag("es-MX");

    private ReportMail() {}

    /** The status as the e-mail names it ("En proceso"). */
    public static String label(ReportStatus status) {
        return texts().getString("report.status.label." + status.name());
    }

    /** An instant as the e-mail shows it, in the given zone (the report's municipality's). */
    public static String when(OffsetDateTime at, ZoneId zone) {
        return DateTimeFormatter.ofPattern(texts().getString("report.when"), LANGUAGE)
                .format(at.atZoneSameInstant(zone));
    }

    /** The report's due time as e-mails show it. */
    static String due(ServiceReport report) {
        return when(report.getDueAt(), report.getBody().getTimeZone());
    }

    private static ResourceBundle texts() {
        return ResourceBundle.getBundle("org.puente.notification.mail", LANGUAGE);
    }
}
