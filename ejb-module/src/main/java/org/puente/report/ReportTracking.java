package org.puente.report;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puente.calendar.CalendarService;
import org.puente.casework.CaseClocks;
import org.puente.casework.ClockRecord;
import org.puente.casework.Folio;
import org.puente.casework.HistoryLine;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.notification.NotificationService;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Links;
import org.puente.platform.Steps;

/**
 * The reporter's side of a report after filing: the public tracking page by folio (more for the
 * reporter himself), the evidence photos, a citizen's own reports, and the satisfaction survey, with
 * which the reporter may reopen a report that was not fixed.
 */
@Stateless
public class ReportTracking {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private CalendarService calendars;

    @EJB
    private CaseClocks clocks;

    @EJB
    private NotificationService notifications;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private Links links;

    /**
     * The public tracking view. Anyone with the folio sees the status and the dates of its steps; the
     * reporter (his tracking code, or signed in as the citizen who filed it) also reads the steps' notes,
     * which are written for him and may name him, sees the description and may answer the survey.
     */
    public Optional<TrackingView> track(String folioText, String trackingCode) {
        return byFolio(folioText).map(r -> {
            boolean reporter = isReporter(r, trackingCode);
            boolean finished = r.getStatus() == ReportStatus.RESOLVED || r.getStatus() == ReportStatus.CLOSED;
            boolean answered = finished && answeredSinceResolution(r);
            boolean surveyOpen = reporter && finished && !answered;
            boolean codeMismatch = !reporter && trackingCode != null && !trackingCode.isBlank();
            return new TrackingView(
                    r.getFolio(),
                    r.getService().getName(),
                    r.getColonia().getName(),
                    r.getStatus(),
                    r.getReceivedAt(),
                    r.getDueAt(),
                    reporter ? r.getDescription() : null,
                    reporter,
                    surveyOpen,
                    answered,
                    r.getDuplicateOf() == null ? null : r.getDuplicateOf().getFolio(),
                    r.getHistory().stream()
                            .filter(t -> t.getKind().isPublic())
                            .map(t -> HistoryLine.forCitizen(t, t.getKind() == ReportTransition.Kind.CITIZEN, reporter))
                            .toList(),
                    codeMismatch,
                    surveyOpen && r.getStatus() == ReportStatus.RESOLVED,
                    reporter
                            ? em.createNamedQuery("ReportPhoto.evidenceOf", Long.class)
                                    .setParameter("report", r)
                                    .getResultList()
                            : List.of(),
                    r.getBody().getTimeZone(),
                    reporter
                            ? clocks.clockOf(r.getBody())
                                    .trace(r.getClock().clock())
                                    .steps()
                            : List.of());
        });
    }

    /** An evidence photo of the report, for its reporter only (nobody else sees it in public). */
    public Optional<ReportPhoto> evidence(String folioText, String trackingCode, Long photoId) {
        return byFolio(folioText).filter(r -> isReporter(r, trackingCode)).flatMap(r -> {
            ReportPhoto photo = photoId == null ? null : em.find(ReportPhoto.class, photoId);
            return photo != null && photo.isEvidence() && photo.getReport().equals(r)
                    ? Optional.of(photo)
                    : Optional.<ReportPhoto>empty();
        });
    }

    private Optional<ServiceReport> byFolio(String folioText) {
        if (!Folio.looksLikeOne(folioText)) {
            return Optional.empty();
        }
        return em.createNamedQuery("ServiceReport.byFolio", ServiceReport.class)
                .setParameter("folio", Folio.parse(folioText).toString())
                .getResultStream()
                .findFirst();
    }

    /** The survey is answered once per resolution: is there an answer since this one? */
    private boolean answeredSinceResolution(ServiceReport r) {
        OffsetDateTime since = r.getResolvedAt() == null ? r.getReceivedAt() : r.getResolvedAt();
        return !em.createQuery(
                        "select s.id from SurveyResponse s where s.report = :r and s.answeredAt >= :since", Long.class)
                .setParameter("r", r)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The signed-in citizen's own reports, newest first. */
    public List<TrackingView> mine() {
        UserAccount citizen = scope.caller().orElse(null);
        if (citizen == null) {
            return List.of();
        }
        return em.createNamedQuery("ServiceReport.ofCitizen", ServiceReport.class)
                .setParameter("citizen", citizen)
                .setMaxResults(200)
                .getResultStream()
                .map(r -> new TrackingView(
                        r.getFolio(),
                        r.getService().getName(),
                        r.getColonia().getName(),
                        r.getStatus(),
                        r.getReceivedAt(),
                        r.getDueAt(),
                        r.getDescription(),
                        true,
                        false,
                        false,
                        null,
                        List.of(),
                        false,
                        false,
                        List.of(),
                        r.getBody().getTimeZone(),
                        List.of()))
                .toList();
    }

    /**
     * The reporter answers the satisfaction survey, once per resolution. If he says the problem was
     * not fixed he may reopen the (resolved, not yet closed) report with a reason: it goes back to the
     * staff queue in progress, with whoever had it, the step recorded as his, and the department is
     * told by e-mail.
     *
     * <p>The deadline of a reopened report: the business time that was left when it was resolved
     * starts again from the reopening (a premature resolution earns no fresh full deadline), but never
     * less than a quarter of the service's hours, so a report resolved at the last minute is not
     * overdue the moment it is reopened. The watch then marks it at risk and overdue as any other.
     */
    public void answerSurvey(String folioText, String trackingCode, SurveyAnswers answers) {
        ServiceReport report = byFolio(folioText).orElse(null);
        if (report == null || !isReporter(report, trackingCode)) {
            throw new BusinessException("error.notFound");
        }
        if (report.getStatus() != ReportStatus.RESOLVED && report.getStatus() != ReportStatus.CLOSED) {
            throw new BusinessException("survey.notYet");
        }
        List<BusinessException> problems = new ArrayList<>();
        if (answers.knowsService() == null) {
            problems.add(new BusinessException("knowsService", "survey.answer.required"));
        }
        if (answers.effectiveChannel() == null) {
            problems.add(new BusinessException("effectiveChannel", "survey.answer.required"));
        }
        if (answers.accountability() == null) {
            problems.add(new BusinessException("accountability", "survey.answer.required"));
        }
        if (answers.fixed() == null) {
            problems.add(new BusinessException("fixed", "survey.answer.required"));
        }
        if (answers.reopen()) {
            if (Boolean.TRUE.equals(answers.fixed())) {
                problems.add(new BusinessException("reopen", "survey.reopen.fixed"));
            } else if (report.getStatus() != ReportStatus.RESOLVED) {
                problems.add(new BusinessException("reopen", "survey.reopen.closed"));
            }
            if (answers.reopenReason() == null || answers.reopenReason().isBlank()) {
                problems.add(new BusinessException("reopenReason", "survey.reopen.reason.required"));
            } else if (answers.reopenReason().strip().length() > SurveyAnswers.MAX_REASON) {
                problems.add(new BusinessException(
                        "reopenReason", "survey.reopen.reason.tooLong", SurveyAnswers.MAX_REASON));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (answeredSinceResolution(report)) {
            throw new BusinessException("survey.already");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        SurveyResponse response = new SurveyResponse(
                report,
                answers.knowsService(),
                answers.priorityServices(),
                answers.effectiveChannel(),
                answers.accountability(),
                now);
        response.answerFixed(answers.fixed(), answers.reopen());
        em.persist(response);
        if (answers.reopen()) {
            UserAccount citizen = report.getCitizen() != null
                            && scope.caller().map(report.getCitizen()::equals).orElse(false)
                    ? report.getCitizen()
                    : null;
            ClockRecord term = termAfterReopening(report, now);
            Steps.attempt("report", () -> report.reopenByCitizen(citizen, now, answers.reopenReason(), term));
            for (String to : java.util.Arrays.asList(
                    report.getDepartment().getEmail(),
                    report.getAssignee() == null ? null : report.getAssignee().getEmail())) {
                notifications.enqueue(
                        to,
                        "report.reopened",
                        report.getFolio(),
                        report.getService().getName(),
                        report.getColonia().getName(),
                        answers.reopenReason().strip(),
                        ReportMail.due(report),
                        links.base(),
                        String.valueOf(report.getId()));
            }
        }
    }

    /**
     * See {@link #answerSurvey}: a new term from the reopening, of the business time left at resolution
     * (rounded up to the hour, the unit of a report's term), at least a quarter of the service's hours.
     */
    private ClockRecord termAfterReopening(ServiceReport report, OffsetDateTime now) {
        java.time.ZoneId zone = report.getBody().getTimeZone();
        OffsetDateTime resolved = report.getResolvedAt();
        Duration left = Duration.ZERO;
        if (resolved != null && resolved.isBefore(report.getDueAt())) {
            left = calendars
                    .businessTime(
                            report.getBody(), resolved.atZoneSameInstant(zone).getYear())
                    .between(resolved, report.getDueAt());
        }
        Duration floor =
                Duration.ofHours(report.getService().getDeadlineHours()).dividedBy(4);
        if (left.compareTo(floor) < 0) {
            left = floor;
        }
        long hours = (left.toMinutes() + 59) / 60;
        return ServiceReport.termFrom(clocks.clockOf(report.getBody()), Math.toIntExact(hours), now);
    }

    private boolean isReporter(ServiceReport report, String trackingCode) {
        if (report.isTrackedWith(trackingCode)) {
            return true;
        }
        return report.getCitizen() != null
                && scope.caller().map(report.getCitizen()::equals).orElse(false);
    }
}
