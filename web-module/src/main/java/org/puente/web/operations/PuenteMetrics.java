package org.puente.web.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.puente.operations.Backlog;
import org.puente.operations.BacklogFigures;
import org.puente.operations.ReportsFiled;
import org.puente.report.Channel;
import org.puente.web.chat.ChatHub;

/**
 * Puente's own figures in Prometheus's text format (Micrometer), this node's: reports filed by channel since it
 * started ({@code puente_reports_filed_total}, counted when the intake commits), the open and overdue reports and
 * the e-mails waiting in the outbox (read from the database at most every 30 seconds, whatever the scrape
 * interval), the chat views open on this node, and the JVM's memory, threads, CPU and uptime.
 */
@ApplicationScoped
public class PuenteMetrics {

    /** How old the backlog's figures may be: one aggregate query per half minute at most. */
    static final Duration BACKLOG_AGE = Duration.ofSeconds(30);

    @EJB
    private BacklogFigures figures;

    @Inject
    private ChatHub chat;

    private PrometheusMeterRegistry registry;

    private Recent<Backlog> backlog;

    @PostConstruct
    void register() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        for (Channel channel : Channel.values()) {
            FunctionCounter.builder("puente.reports.filed", channel, ReportsFiled::count)
                    .description("Reports filed through this node since it started, counted at commit")
                    .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        backlog = new Recent<>(figures::now, BACKLOG_AGE, System::nanoTime);
        backlogGauge("puente.reports.open", "Open reports, every body's", Backlog::openReports);
        backlogGauge("puente.reports.overdue", "Open reports past their deadline", Backlog::overdueReports);
        backlogGauge("puente.outbox.waiting", "E-mails not sent yet that will be tried again", Backlog::outboxWaiting);
        Gauge.builder("puente.chat.viewers", chat, ChatHub::viewers)
                .description("Chat views open on this node")
                .strongReference(true)
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    private void backlogGauge(String name, String description, ToDoubleFunction<Backlog> figure) {
        Gauge.builder(name, backlog, recent -> figure.applyAsDouble(recent.get()))
                .description(description)
                .strongReference(true)
                .register(registry);
    }

    /** Every figure, in Prometheus's text format. */
    public String scrape() {
        return registry.scrape();
    }
}
