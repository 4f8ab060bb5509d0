package org.puente.report;

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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.puente.abuse.Limit;
import org.puente.abuse.RateLimits;
import org.puente.calendar.CalendarService;
import org.puente.casework.CaseClocks;
import org.puente.casework.ClockRecord;
import org.puente.casework.Folio;
import org.puente.casework.FolioNumbers;
import org.puente.catalog.Colonia;
import org.puente.catalog.GeoPoint;
import org.puente.catalog.PublicService;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.notification.NotificationService;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;
import org.puente.platform.EmailAddress;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Links;
import org.puente.privacy.Consents;

/**
 * The one door through which reports come in, from every channel: the web form, the operator's phone
 * intake and the Open311 API ({@link #fileFromApi}, which first checks the client's key and finds the
 * municipality, the service and the colonia the call names). Every field is checked, the report is
 * numbered, routed to the service's department with its deadline, and the department and the reporter
 * are told. The reporter's consent to the privacy notice of the report's body in force is recorded with
 * the report: always from the web form and the phone (both require it), and from Open311, which has no
 * consent box, only when the call carries contact data (channel API: the client app is to show the notice).
 *
 * <p>Over ~300 lines because it is the one intake door of three channels (web form, operator, Open311): their checks, the API key, the jurisdiction and the colonia are kept in one place on purpose, so that no channel can skip one.
 */
@Stateless
public class ReportIntake {

    private static final Logger LOG = Logger.getLogger(ReportIntake.class.getName());
    static final Pattern PHONE = Pattern.compile("^[0-9 ()+-]{7,20}$");

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private FolioNumbers folios;

    @EJB
    private CalendarService calendars;

    @EJB
    private CaseClocks clocks;

    @EJB
    private NotificationService notifications;

    @EJB
    private ReportPlaces places;

    @Inject
    private Open311Keys keys;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private RateLimits limits;

    @Inject
    private Links links;

    @EJB
    private Consents consents;

    @Resource
    private TransactionSynchronizationRegistry transactions;

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
        if (service != null
                && form.idempotencyKey() != null
                && !form.idempotencyKey().isBlank()) {
            Optional<ServiceReport> earlier = em.createNamedQuery("ServiceReport.byIdempotencyKey", ServiceReport.class)
                    .setParameter("body", service.getBody())
                    .setParameter("key", form.idempotencyKey().strip())
                    .getResultStream()
                    .findFirst();
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
        Folio folio = new Folio(
                service.getBody().getCode(), year, folios.next(FolioNumbers.Series.REPORT, service.getBody(), year));
        logIfLost(folio);

        ClockRecord term = ServiceReport.termFrom(clocks.clockOf(service.getBody()), service.getDeadlineHours(), now);
        GeoPoint point = form.latitude() == null ? null : new GeoPoint(form.latitude(), form.longitude());
        ServiceReport report = new ServiceReport(
                folio,
                service,
                form.description(),
                colonia,
                form.street(),
                form.reference(),
                point,
                channel,
                new Contact(form.contactName(), form.contactEmail(), form.contactPhone()),
                citizen,
                term,
                now,
                filedBy);
        if (citizen == null) {
            report.protectWithTrackingCode(org.puente.casework.TrackingCodes.newCode());
        }
        if (form.idempotencyKey() != null && !form.idempotencyKey().isBlank()) {
            report.rememberIdempotencyKey(form.idempotencyKey().strip());
        }
        for (PhotoCleaner.Clean photo : photos) {
            report.attachPhoto(photo.type(), photo.data());
        }
        em.persist(report);
        if (channel != Channel.OPEN311 || !report.getContact().isAnonymous()) {
            consents.forReport(report, filedBy);
        }

        String due = ReportMail.due(report);
        String reporter = ReportNotices.reporterEmail(report);
        if (reporter != null
                && (!unconfirmed(reporter, citizen, channel)
                        || limits.take(Limit.UNCONFIRMED_MAIL, reporter).allowed())) {
            notifications.enqueue(
                    reporter,
                    "report.received",
                    folio.toString(),
                    service.getName(),
                    report.getDepartment().getName(),
                    due,
                    links.base());
        }
        notifications.enqueue(
                report.getDepartment().getEmail(),
                "report.new",
                folio.toString(),
                service.getName(),
                colonia.getName(),
                due,
                links.base(),
                String.valueOf(report.getId()));
        org.puente.operations.ReportsFiled.onCommit(transactions, channel); // the metrics' counter, at commit
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
            problems.add(
                    new BusinessException("description", "report.description.tooLong", ServiceReport.MAX_DESCRIPTION));
        }
        Colonia colonia = form.coloniaId() == null ? null : em.find(Colonia.class, form.coloniaId());
        if (colonia == null
                || (service != null && !colonia.getDelegacion().getBody().equals(service.getBody()))) {
            problems.add(new BusinessException("colonia", "report.colonia.unknown"));
        }
        if (form.street() != null && form.street().strip().length() > 200) {
            problems.add(new BusinessException("street", "report.street.tooLong", 200));
        }
        if (form.reference() != null && form.reference().strip().length() > 300) {
            problems.add(new BusinessException("reference", "report.reference.tooLong", 300));
        }
        if ((form.latitude() == null) != (form.longitude() == null)
                || (form.latitude() != null
                        && (form.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0
                                || form.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0))) {
            problems.add(new BusinessException("point", "report.point.invalid"));
        }
        if (form.contactEmail() != null
                && !form.contactEmail().isBlank()
                && !EmailAddress.isValid(form.contactEmail())) {
            problems.add(new BusinessException("contactEmail", "registration.email.invalid"));
        }
        if (form.contactPhone() != null
                && !form.contactPhone().isBlank()
                && !PHONE.matcher(form.contactPhone().strip()).matches()) {
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

    /**
     * Files a report sent through the API (Open311): the client's key and its limits, then the
     * municipality, the service and the place the call names, then the report as any other. Each
     * refusal says why ({@link ApiRefusal}, {@link org.puente.abuse.TooManyRequestsException}, or the
     * form's own problems as for the web form).
     */
    public ApiReceipt fileFromApi(ApiReport call) {
        keys.check(call.apiKey());
        limits.require(Limit.OPEN311_SOURCE, call.source(), null);
        limits.require(Limit.OPEN311_KEY, call.apiKey(), null);
        Body body = places.jurisdiction(call.jurisdiction());
        if (call.serviceCode() == null || call.serviceCode().isBlank()) {
            throw new ApiRefusal(ApiRefusal.Reason.INVALID, "open311.service.missing");
        }
        PublicService service = places.service(body, call.serviceCode());
        BigDecimal lat = decimal(call.latitude(), "lat");
        BigDecimal lon = decimal(call.longitude(), "long");
        if ((lat == null) != (lon == null)) {
            throw new ApiRefusal(ApiRefusal.Reason.INVALID, "open311.location.pair");
        }
        Colonia colonia = places.colonia(body, call.addressId(), lat, lon, call.address());
        String name = (Optional.ofNullable(call.firstName()).orElse("") + " "
                        + Optional.ofNullable(call.lastName()).orElse(""))
                .strip();
        String idempotencyKey =
                call.idempotencyKey() == null || call.idempotencyKey().isBlank()
                        ? null
                        : keys.clientKey(call.apiKey(), call.idempotencyKey());
        ReportReceipt receipt = file(
                new NewReport(
                        service.getId(),
                        call.description(),
                        colonia.getId(),
                        call.address(),
                        null,
                        lat,
                        lon,
                        name,
                        call.email(),
                        call.phone(),
                        false,
                        List.of(),
                        idempotencyKey),
                Channel.OPEN311);
        return new ApiReceipt(
                receipt.folio(),
                service.getDepartment().getName(),
                service.getDeadlineHours(),
                receipt.trackingCode(),
                receipt.alreadyFiled());
    }

    private static BigDecimal decimal(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new ApiRefusal(ApiRefusal.Reason.INVALID, "open311.number.invalid", name);
        }
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
}
