package org.puente.report;

import org.puente.casework.FolioNumbers;
import org.puente.casework.Folio;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.calendar.BusinessTime;
import org.puente.calendar.CalendarService;
import org.puente.catalog.Colonia;
import org.puente.catalog.GeoPoint;
import org.puente.catalog.PublicService;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.abuse.Limit;
import org.puente.abuse.RateLimits;
import org.puente.notification.NotificationService;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.InvalidInputException;

/** Filing service reports from every channel, and following them. */
@Stateless
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class.getName());
    static final Pattern PHONE = Pattern.compile("^[0-9 ()+-]{7,20}$");
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm", Locale.forLanguageTag("es-MX"));

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private FolioNumbers folios;

    @EJB
    private CalendarService calendars;

    @EJB
    private NotificationService notifications;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private RateLimits limits;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "puente.base.url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /**
     * Files a report: checks every field (each problem on its field, nothing saved unless all is
     * right), numbers it, routes it to the service's department, computes its deadline and tells the
     * department. The same idempotency key returns the first report instead of filing a second.
     */
    public ReportReceipt file(NewReport form, Channel channel) {
        PublicService service = form.serviceId() == null ? null : em.find(PublicService.class, form.serviceId());
        if (service != null && !service.isActive()) {
            service = null;
        }
        if (service != null && form.idempotencyKey() != null && !form.idempotencyKey().isBlank()) {
            Optional<ServiceReport> earlier = em.createNamedQuery("ServiceReport.byIdempotencyKey", ServiceReport.class)
                    .setParameter("body", service.getBody()).setParameter("key", form.idempotencyKey().strip())
                    .getResultStream().findFirst();
            if (earlier.isPresent()) {
                return ReportReceipt.of(earlier.get(), true);
            }
        }
        List<PhotoCleaner.Clean> photos = new ArrayList<>();
        Colonia colonia = validate(form, channel, service, photos);

        UserAccount citizen = scope.caller().filter(u -> !u.isStaff()).orElse(null);
        UserAccount filedBy = scope.caller().orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int year = now.atZoneSameInstant(service.getBody().getTimeZone()).getYear();
        Folio folio = new Folio(service.getBody().getCode(), year,
                folios.next(FolioNumbers.Series.REPORT, service.getBody(), year));
        logIfLost(folio);

        BusinessTime time = calendars.businessTime(service.getBody(), year);
        Duration allowed = Duration.ofHours(service.getDeadlineHours());
        Deadline deadline = new Deadline(time.plus(now, allowed.multipliedBy(3).dividedBy(4)), time.plus(now, allowed));
        GeoPoint point = form.latitude() == null ? null : new GeoPoint(form.latitude(), form.longitude());
        ServiceReport report = new ServiceReport(folio, service, form.description(), colonia, form.street(),
                form.reference(), point, channel, new Contact(form.contactName(), form.contactEmail(),
                form.contactPhone()), citizen, deadline, now, filedBy);
        if (citizen == null) {
            report.protectWithTrackingCode(newTrackingCode());
        }
        if (form.idempotencyKey() != null && !form.idempotencyKey().isBlank()) {
            report.rememberIdempotencyKey(form.idempotencyKey().strip());
        }
        for (PhotoCleaner.Clean photo : photos) {
            report.attachPhoto(photo.type(), photo.data());
        }
        em.persist(report);

        String due = WHEN.format(deadline.due().atZoneSameInstant(service.getBody().getTimeZone()));
        String reporter = reporterEmail(report);
        if (reporter != null && (!unconfirmed(reporter, citizen, channel) || limits.take(Limit.UNCONFIRMED_MAIL, reporter).allowed())) {
            notifications.enqueue(reporter, "report.received", folio.toString(), service.getName(),
                    report.getDepartment().getName(), due, baseUrl);
        }
        notifications.enqueue(report.getDepartment().getEmail(), "report.new", folio.toString(), service.getName(),
                colonia.getName(), due, baseUrl, String.valueOf(report.getId()));
        return ReportReceipt.of(report, false);
    }

    /** Checks the form; the photos, cleaned of their metadata (see PhotoCleaner), go into {@code photos}. */
    private Colonia validate(NewReport form, Channel channel, PublicService service, List<PhotoCleaner.Clean> photos) {
        List<BusinessException> problems = new ArrayList<>();
        if (service == null) {
            problems.add(new BusinessException("service", "report.service.required"));
        }
        if (form.description() == null || form.description().isBlank()) {
            problems.add(new BusinessException("description", "report.description.required"));
        } else if (form.description().strip().length() > ServiceReport.MAX_DESCRIPTION) {
            problems.add(new BusinessException("description", "report.description.tooLong", ServiceReport.MAX_DESCRIPTION));
        }
        Colonia colonia = form.coloniaId() == null ? null : em.find(Colonia.class, form.coloniaId());
        if (colonia == null || (service != null && !colonia.getDelegacion().getBody().equals(service.getBody()))) {
            problems.add(new BusinessException("colonia", "report.colonia.unknown"));
        }
        if (form.street() != null && form.street().strip().length() > 200) {
            problems.add(new BusinessException("street", "report.street.tooLong", 200));
        }
        if (form.reference() != null && form.reference().strip().length() > 300) {
            problems.add(new BusinessException("reference", "report.reference.tooLong", 300));
        }
        if ((form.latitude() == null) != (form.longitude() == null) || (form.latitude() != null
                && (form.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0
                || form.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0))) {
            problems.add(new BusinessException("point", "report.point.invalid"));
        }
        if (form.contactEmail() != null && !form.contactEmail().isBlank()
                && !EmailAddress.isValid(form.contactEmail())) {
            problems.add(new BusinessException("contactEmail", "registration.email.invalid"));
        }
        if (form.contactPhone() != null && !form.contactPhone().isBlank() && !PHONE.matcher(form.contactPhone().strip()).matches()) {
            problems.add(new BusinessException("contactPhone", "report.phone.invalid"));
        }
        if (form.contactName() != null && form.contactName().strip().length() > 200) {
            problems.add(new BusinessException("contactName", "registration.fullName.tooLong"));
        }
        if (channel != Channel.OPEN311 && !form.privacyConsent()) {
            problems.add(new BusinessException("privacyConsent", "report.consent.required"));
        }
        if (form.photos().size() > ReportPhoto.MAX_PER_REPORT) {
            problems.add(new BusinessException("photos", "report.photo.tooMany", ReportPhoto.MAX_PER_REPORT));
        } else {
            for (byte[] photo : form.photos()) {
                if (photo.length > ReportPhoto.MAX_BYTES) {
                    problems.add(new BusinessException("photos", "report.photo.tooLarge", 5));
                    continue;
                }
                try {
                    photos.add(PhotoCleaner.clean(photo, "photos"));
                } catch (BusinessException e) {
                    problems.add(e);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return colonia;
    }

    /** Open reports of the same service from the last 14 days within 100 m, or on the same colonia and street. */
    public List<NearbyReport> similarOpen(Long serviceId, Long coloniaId, String street, BigDecimal latitude,
                                          BigDecimal longitude) {
        PublicService service = serviceId == null ? null : em.find(PublicService.class, serviceId);
        if (service == null) {
            return List.of();
        }
        GeoPoint point = latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
        String normalisedStreet = normalise(street);
        return em.createNamedQuery("ServiceReport.openNearby", ServiceReport.class)
                .setParameter("service", service)
                .setParameter("open", List.of(ReportStatus.RECEIVED, ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS))
                .setParameter("since", OffsetDateTime.now(clock).minusDays(14))
                .setMaxResults(500).getResultStream()
                .filter(r -> (point != null && r.getPoint() != null && r.getPoint().distanceTo(point) <= 100)
                        || (coloniaId != null && r.getColonia().getId().equals(coloniaId)
                        && !normalisedStreet.isEmpty() && normalisedStreet.equals(normalise(r.getStreet()))))
                .limit(5)
                .map(r -> new NearbyReport(r.getFolio(), service.getName(), r.getColonia().getName(), r.getStreet(),
                        r.getStatus(), r.getReceivedAt()))
                .toList();
    }

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
            return new TrackingView(r.getFolio(), r.getService().getName(), r.getColonia().getName(),
                    r.getStatus(), r.getReceivedAt(), r.getDueAt(), reporter ? r.getDescription() : null,
                    reporter, surveyOpen, answered,
                    r.getDuplicateOf() == null ? null : r.getDuplicateOf().getFolio(),
                    r.getHistory().stream().filter(t -> t.getKind().isPublic())
                            .map(t -> new TrackingView.Step(t.getTo(), t.getAt(), t.getActorUnit(),
                                    reporter ? t.getNote() : null,
                                    t.getKind() == ReportTransition.Kind.CITIZEN)).toList(),
                    codeMismatch, surveyOpen && r.getStatus() == ReportStatus.RESOLVED,
                    reporter ? em.createNamedQuery("ReportPhoto.evidenceOf", Long.class).setParameter("report", r)
                            .getResultList() : List.of());
        });
    }

    /** An evidence photo of the report, for its reporter only (nobody else sees it in public). */
    public Optional<ReportPhoto> evidence(String folioText, String trackingCode, Long photoId) {
        return byFolio(folioText).filter(r -> isReporter(r, trackingCode)).flatMap(r -> {
            ReportPhoto photo = photoId == null ? null : em.find(ReportPhoto.class, photoId);
            return photo != null && photo.isEvidence() && photo.getReport().equals(r) ? Optional.of(photo)
                    : Optional.<ReportPhoto>empty();
        });
    }

    private Optional<ServiceReport> byFolio(String folioText) {
        if (!Folio.looksLikeOne(folioText)) {
            return Optional.empty();
        }
        return em.createNamedQuery("ServiceReport.byFolio", ServiceReport.class)
                .setParameter("folio", Folio.parse(folioText).toString()).getResultStream().findFirst();
    }

    /** The survey is answered once per resolution: is there an answer since this one? */
    private boolean answeredSinceResolution(ServiceReport r) {
        OffsetDateTime since = r.getResolvedAt() == null ? r.getReceivedAt() : r.getResolvedAt();
        return !em.createQuery("select s.id from SurveyResponse s where s.report = :r and s.answeredAt >= :since",
                Long.class).setParameter("r", r).setParameter("since", since).setMaxResults(1).getResultList().isEmpty();
    }

    /** The signed-in citizen's own reports, newest first. */
    public List<TrackingView> mine() {
        UserAccount citizen = scope.caller().orElse(null);
        if (citizen == null) {
            return List.of();
        }
        return em.createNamedQuery("ServiceReport.ofCitizen", ServiceReport.class).setParameter("citizen", citizen)
                .setMaxResults(200).getResultStream()
                .map(r -> new TrackingView(r.getFolio(), r.getService().getName(), r.getColonia().getName(),
                        r.getStatus(), r.getReceivedAt(), r.getDueAt(), r.getDescription(), true, false, false,
                        null, List.of(), false, false, List.of()))
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
                problems.add(new BusinessException("reopenReason", "survey.reopen.reason.tooLong",
                        SurveyAnswers.MAX_REASON));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (answeredSinceResolution(report)) {
            throw new BusinessException("survey.already");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        SurveyResponse response = new SurveyResponse(report, answers.knowsService(), answers.priorityServices(),
                answers.effectiveChannel(), answers.accountability(), now);
        response.answerFixed(answers.fixed(), answers.reopen());
        em.persist(response);
        if (answers.reopen()) {
            report.reopenByCitizen(report.getCitizen() != null && scope.caller().map(report.getCitizen()::equals)
                    .orElse(false) ? report.getCitizen() : null, now, answers.reopenReason(), deadlineAfterReopening(report, now));
            notifications.enqueue(report.getDepartment().getEmail(), "report.reopened", report.getFolio(),
                    report.getService().getName(), report.getColonia().getName(), answers.reopenReason().strip(),
                    WHEN.format(report.getDueAt().atZoneSameInstant(report.getBody().getTimeZone())), baseUrl,
                    String.valueOf(report.getId()));
            if (report.getAssignee() != null) {
                notifications.enqueue(report.getAssignee().getEmail(), "report.reopened", report.getFolio(),
                        report.getService().getName(), report.getColonia().getName(), answers.reopenReason().strip(),
                        WHEN.format(report.getDueAt().atZoneSameInstant(report.getBody().getTimeZone())), baseUrl,
                        String.valueOf(report.getId()));
            }
        }
    }

    /** See {@link #answerSurvey}: the time left at resolution, at least a quarter of the service's hours. */
    private Deadline deadlineAfterReopening(ServiceReport report, OffsetDateTime now) {
        java.time.ZoneId zone = report.getBody().getTimeZone();
        OffsetDateTime resolved = report.getResolvedAt();
        Duration left = Duration.ZERO;
        if (resolved != null && resolved.isBefore(report.getDueAt())) {
            left = calendars.businessTime(report.getBody(), resolved.atZoneSameInstant(zone).getYear())
                    .between(resolved, report.getDueAt());
        }
        Duration floor = Duration.ofHours(report.getService().getDeadlineHours()).dividedBy(4);
        if (left.compareTo(floor) < 0) {
            left = floor;
        }
        BusinessTime time = calendars.businessTime(report.getBody(), now.atZoneSameInstant(zone).getYear());
        return new Deadline(time.plus(now, left.multipliedBy(3).dividedBy(4)), time.plus(now, left));
    }

    private boolean isReporter(ServiceReport report, String trackingCode) {
        if (report.isTrackedWith(trackingCode)) {
            return true;
        }
        return report.getCitizen() != null && scope.caller().map(report.getCitizen()::equals).orElse(false);
    }

    /**
     * The rule for "report received" e-mails: an address that nobody confirmed (typed into an anonymous web
     * form or an Open311 request, or a signed-in citizen's contact address other than his account's) gets at
     * most one such e-mail a day ({@link Limit#UNCONFIRMED_MAIL}, configurable), so the form cannot be used to
     * mail-bomb a stranger. A citizen's own account address, and an address the operator took down on the
     * phone, get every one.
     */
    static boolean unconfirmed(String address, UserAccount citizen, Channel channel) {
        return channel != Channel.PHONE && (citizen == null || !address.equalsIgnoreCase(citizen.getEmail()));
    }

    static String reporterEmail(ServiceReport report) {
        if (report.getContact().getEmail() != null) {
            return report.getContact().getEmail();
        }
        return report.getCitizen() == null ? null : report.getCitizen().getEmail();
    }

    private void logIfLost(Folio folio) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    LOG.info(() -> "Folio " + folio + " was taken by an intake that did not complete; it stays unused");
                }
            }
        });
    }

    private static String newTrackingCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalise(String street) {
        return street == null ? "" : java.text.Normalizer.normalize(street, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
