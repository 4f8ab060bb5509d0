package org.puente.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.puente.casework.CaseClock;
import org.puente.casework.ClockRecord;
import org.puente.casework.ClockSpan;
import org.puente.casework.ClockStart;
import org.puente.casework.ClockTerms;
import org.puente.casework.ClockUnit;
import org.puente.casework.Folio;
import org.puente.casework.LegalClock;
import org.puente.catalog.Colonia;
import org.puente.catalog.GeoPoint;
import org.puente.catalog.PublicService;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.platform.RuleViolation;

/**
 * A citizen's report of a problem with a public service (the *7311 model). It is routed to the
 * service's department when filed, moves only through {@link ReportStatus}'s transitions, records
 * every step, and carries its deadline in business hours.
 */
@Entity
@Table(name = "service_report")
@NamedQuery(
        name = "ServiceReport.withoutResolutionTime",
        query = "select r from ServiceReport r"
                + " where r.resolvedAt is not null and r.businessMinutesToResolve is null order by r.id")
@NamedQuery(name = "ServiceReport.byFolio", query = "select r from ServiceReport r where r.folio = :folio")
@NamedQuery(
        name = "ServiceReport.byIdempotencyKey",
        query = "select r from ServiceReport r where r.body = :body and r.idempotencyKey = :key")
@NamedQuery(
        name = "ServiceReport.ofCitizen",
        query = "select r from ServiceReport r where r.citizen = :citizen order by r.receivedAt desc")
@NamedQuery(
        name = "ServiceReport.dueForRisk",
        query = "select r from ServiceReport r where r.status in :open"
                + " and r.deadlineState = org.puente.report.DeadlineState.ON_TIME and r.clock.warnFrom <= :now")
@NamedQuery(
        name = "ServiceReport.dueForOverdue",
        query = "select r from ServiceReport r where r.status in :open"
                + " and r.deadlineState <> org.puente.report.DeadlineState.OVERDUE and r.clock.dueAt <= :now")
@NamedQuery(
        name = "ServiceReport.openNearby",
        query =
                "select r from ServiceReport r where r.service = :service"
                        + " and r.status in :open and r.receivedAt >= :since and r.duplicateOf is null order by r.receivedAt desc")
public class ServiceReport {

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_NOTE = 2000;

    @Id
    @SequenceGenerator(name = "service_report_seq", sequenceName = "service_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_report_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 24)
    private String folio;

    @Column(name = "folio_year", nullable = false)
    private int folioYear;

    @Column(name = "folio_number", nullable = false)
    private long folioNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private PublicService service;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @ManyToOne
    @JoinColumn(name = "assignee_id")
    private UserAccount assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @ManyToOne(optional = false)
    @JoinColumn(name = "colonia_id", nullable = false)
    private Colonia colonia;

    @Column(length = 200)
    private String street;

    @Column(name = "location_reference", length = 300)
    private String reference;

    @Embedded
    private GeoPoint point;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Embedded
    private Contact contact;

    @ManyToOne
    @JoinColumn(name = "citizen_id")
    private UserAccount citizen;

    /**
     * The secret that lets a reporter without an account follow his report. Kept (not hashed) so that
     * a retried submission can show it again; never shown to anyone else.
     */
    @Column(name = "tracking_code", length = 16)
    private String trackingCode;

    @Column(name = "idempotency_key", length = 80)
    private String idempotencyKey;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    /**
     * The report's term on the one legal clock of every case: business hours from the first business hour,
     * warning at 75%; a holiday added later moves its due date (see ClockRecalculator).
     */
    @Embedded
    private ClockRecord clock;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_state", nullable = false, length = 10)
    private DeadlineState deadlineState;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    /** Business minutes (the body's calendar) from receipt to the last resolution; null while not resolved. */
    @Column(name = "business_minutes_to_resolve")
    private Integer businessMinutesToResolve;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    private ServiceReport duplicateOf;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<ReportTransition> history = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    private List<ReportPhoto> photos = new ArrayList<>();

    /** People who reported the same problem again and follow this report (issue 9). */
    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("followedAt, id")
    private List<ReportFollower> followers = new ArrayList<>();

    @Version
    private int version;

    protected ServiceReport() {}

    /** Files a new report, routed to the service's department, with its deadline already computed. */
    public ServiceReport(
            Folio folio,
            PublicService service,
            String description,
            Colonia colonia,
            String street,
            String reference,
            GeoPoint point,
            Channel channel,
            Contact contact,
            UserAccount citizen,
            ClockRecord clock,
            OffsetDateTime now,
            UserAccount filedBy) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(colonia, "colonia");
        if (!colonia.getDelegacion().getBody().equals(service.getBody())) {
            throw new IllegalArgumentException("The colonia is not in the service's municipality");
        }
        if (!service.getBody().getCode().equals(folio.bodyCode())) {
            throw new IllegalArgumentException("The folio is of another municipality");
        }
        if (description == null || description.isBlank() || description.strip().length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException(
                    "A report needs a description of at most " + MAX_DESCRIPTION + " characters");
        }
        this.folio = folio.toString();
        this.folioYear = folio.year();
        this.folioNumber = folio.number();
        this.body = service.getBody();
        this.service = service;
        this.department = service.getDepartment();
        this.description = description.strip();
        this.colonia = colonia;
        this.street = blankToNull(street);
        this.reference = blankToNull(reference);
        this.point = point;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.contact = contact == null ? Contact.none() : contact;
        this.citizen = citizen;
        this.receivedAt = now;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deadlineState = DeadlineState.ON_TIME;
        this.status = ReportStatus.RECEIVED;
        history.add(new ReportTransition(this, null, ReportStatus.RECEIVED, now, filedBy, department.getName(), null));
    }

    /**
     * A report's term: the service's hours (set in the catalog) in business hours, counted from the moment it
     * arrived or the first business hour after it, warning at 75%; no extension, no prevención, no referral.
     */
    public static ClockTerms termsFor(int hours) {
        return ClockTerms.simple(new ClockSpan(hours, ClockUnit.BUSINESS_HOURS))
                .withStart(ClockStart.FIRST_BUSINESS_HOUR);
    }

    /** A report's clock received at {@code at} for {@code hours} business hours, as the body's engine reads it. */
    public static ClockRecord termFrom(LegalClock legal, int hours, OffsetDateTime at) {
        CaseClock received = CaseClock.received(at, termsFor(hours));
        return ClockRecord.of(received, legal.read(received));
    }

    public void protectWithTrackingCode(String code) {
        if (code == null || code.length() < 8) {
            throw new IllegalArgumentException("A tracking code has at least 8 characters");
        }
        this.trackingCode = code;
    }

    /** Compares in constant time, so the answer's timing tells nothing about the code. */
    public boolean isTrackedWith(String code) {
        return trackingCode != null
                && code != null
                && java.security.MessageDigest.isEqual(
                        trackingCode.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        code.strip()
                                .toUpperCase(java.util.Locale.ROOT)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The reporter corrects the contact he gave (ARCO rectification) while the report is open; a
     * finished report keeps the record as it was filed. No history step: the contact is personal data
     * and the history is read in public, so the change is recorded in the audit log only.
     */
    public void correctContact(Contact corrected) {
        if (!status.isOpen()) {
            throw new IllegalStateException("A finished report keeps the contact it was filed with");
        }
        this.contact = corrected == null ? Contact.none() : corrected;
    }

    /**
     * ARCO cancellation of the reporter's data: his contact and account go, and so do the words he wrote
     * (the description becomes {@code replacement}), the street and reference he gave, his own photos (the
     * returned ones, for the caller to delete) and the reasons he gave when reopening; in staff notes, each
     * of his identifiers is replaced ({@code scrub}). What the report is stays as its public facts: service,
     * department, colonia, status, dates, deadline and the point rounded to about 100 m.
     */
    public List<ReportPhoto> anonymiseReporter(String replacement, java.util.function.UnaryOperator<String> scrub) {
        if (replacement == null || replacement.isBlank()) {
            throw new IllegalArgumentException("The replacement text");
        }
        this.contact = Contact.none();
        this.citizen = null;
        this.description = replacement.strip();
        this.street = null;
        this.reference = null;
        this.point = point == null ? null : point.publicArea();
        for (ReportTransition t : history) {
            t.scrub(scrub);
        }
        List<ReportPhoto> own = photos.stream().filter(p -> !p.isEvidence()).toList();
        photos.removeAll(own);
        return own;
    }

    public void rememberIdempotencyKey(String key) {
        this.idempotencyKey = key;
    }

    public void attachPhoto(PhotoType type, byte[] data) {
        if (photos.stream().filter(p -> !p.isEvidence()).count() >= ReportPhoto.MAX_PER_REPORT) {
            throw new IllegalStateException("At most " + ReportPhoto.MAX_PER_REPORT + " photos");
        }
        photos.add(new ReportPhoto(this, type, data));
    }

    /** An agent takes the report (or a manager gives it to one). */
    public void assignTo(UserAccount agent, UserAccount actor, OffsetDateTime now, String note) {
        requireAllowed(ReportStep.TAKE);
        requireAgentOfDepartment(agent);
        history.add(new ReportTransition(
                this,
                ReportTransition.Kind.STEP,
                status,
                ReportStatus.ASSIGNED,
                now,
                actor,
                department.getName(),
                note,
                agent));
        status = ReportStatus.ASSIGNED;
        this.assignee = agent;
    }

    private void requireAgentOfDepartment(UserAccount agent) {
        if (!isAgentOfDepartment(agent)) {
            throw new RuleViolation("agent", "report.agent.otherDepartment");
        }
    }

    private boolean isAgentOfDepartment(UserAccount person) {
        return person != null
                && person.isActive()
                && person.hasRole(Role.AGENTE)
                && person.getDepartment() != null
                && person.getDepartment().equals(department);
    }

    /**
     * The steps this person may take on the report now: what the status allows (the same rule the
     * verbs enforce), narrowed by who he is. Staff who work reports (agents, managers, administrators)
     * take the status steps; only an active agent of the report's department takes it himself; only a
     * manager or an administrator assigns it to a person or sends it to another department. An
     * operator takes none (he files reports and writes internal notes).
     */
    public Set<ReportStep> stepsFor(UserAccount caller) {
        Set<ReportStep> steps = EnumSet.noneOf(ReportStep.class);
        if (!worksReports(caller)) {
            return steps;
        }
        boolean manager = caller.hasRole(Role.GERENTE) || caller.hasRole(Role.ADMIN);
        for (ReportStep step : ReportStep.values()) {
            boolean byCaller =
                    switch (step) {
                        case TAKE -> isAgentOfDepartment(caller);
                        case ASSIGN, REASSIGN -> manager;
                        default -> true;
                    };
            if (byCaller && allows(step)) {
                steps.add(step);
            }
        }
        return steps;
    }

    /** Whether a person works reports at all (takes their status steps): an agent, a manager or an administrator. */
    public static boolean worksReports(UserAccount caller) {
        return caller != null
                && (caller.hasRole(Role.AGENTE) || caller.hasRole(Role.GERENTE) || caller.hasRole(Role.ADMIN));
    }

    /** Whether the report's status allows the step, whoever takes it. */
    public boolean allows(ReportStep step) {
        return switch (step) {
            case TAKE -> status.canMoveTo(ReportStatus.ASSIGNED);
            case START -> status.canMoveTo(ReportStatus.IN_PROGRESS) && status != ReportStatus.RESOLVED;
            case RESOLVE -> status.canMoveTo(ReportStatus.RESOLVED);
            case CLOSE -> status.canMoveTo(ReportStatus.CLOSED);
            case REOPEN -> status == ReportStatus.RESOLVED;
            case REJECT -> status.canMoveTo(ReportStatus.REJECTED);
            case DUPLICATE -> status.canMoveTo(ReportStatus.DUPLICATE);
            case ASSIGN, REASSIGN -> status.isOpen();
        };
    }

    private void requireAllowed(ReportStep step) {
        if (!allows(step)) {
            throw new IllegalStateException("A " + status + " report does not allow " + step);
        }
    }

    /**
     * A manager gives the work to a person of the report's department: a received report becomes
     * assigned; an assigned or in-progress one keeps its status and changes hands (a hand-over, which
     * only staff see). A finished report is given to nobody.
     */
    public void giveTo(UserAccount agent, UserAccount actor, OffsetDateTime now, String note) {
        if (status == ReportStatus.RECEIVED) {
            assignTo(agent, actor, now, note);
            return;
        }
        requireAllowed(ReportStep.ASSIGN);
        requireAgentOfDepartment(agent);
        if (agent.equals(assignee)) {
            throw new RuleViolation("agent", "report.agent.already", agent.getFullName());
        }
        history.add(new ReportTransition(
                this, ReportTransition.Kind.HANDOVER, status, status, now, actor, department.getName(), note, agent));
        this.assignee = agent;
    }

    /** A note among staff, in any status: it changes nothing and the reporter never sees it. */
    public void noteInternally(UserAccount actor, OffsetDateTime now, String note) {
        requireNote(note);
        if (note.strip().length() > MAX_NOTE) {
            throw new RuleViolation("internalNote", "report.internalNote.tooLong", MAX_NOTE);
        }
        history.add(new ReportTransition(
                this, ReportTransition.Kind.NOTE, status, status, now, actor, department.getName(), note, null));
    }

    /** The evidence of a resolution: a photo staff attach to a resolved report, which the reporter sees. */
    public void attachEvidence(PhotoType type, byte[] data) {
        if (status != ReportStatus.RESOLVED) {
            throw new IllegalStateException("Evidence belongs to a resolved report, not a " + status + " one");
        }
        if (photos.stream().filter(ReportPhoto::isEvidence).count() >= ReportPhoto.MAX_EVIDENCE) {
            throw new RuleViolation("evidence", "report.evidence.tooMany", ReportPhoto.MAX_EVIDENCE);
        }
        photos.add(new ReportPhoto(this, type, data, true));
    }

    /**
     * The reporter says the problem was not fixed: the resolved report goes back to work (in progress,
     * with whoever had it), the step recorded as his, with his reason, and a new deadline that the
     * caller computed (see ReportTracking.answerSurvey). Every earlier step stays in the history.
     */
    public void reopenByCitizen(UserAccount citizenAccount, OffsetDateTime now, String reason, ClockRecord term) {
        requireAllowed(ReportStep.REOPEN);
        requireNote(reason);
        Objects.requireNonNull(term, "term");
        history.add(new ReportTransition(
                this,
                ReportTransition.Kind.CITIZEN,
                status,
                ReportStatus.IN_PROGRESS,
                now,
                citizenAccount,
                null,
                reason,
                null));
        status = ReportStatus.IN_PROGRESS;
        resolvedAt = null;
        businessMinutesToResolve = null;
        clock = term;
        // The deadline watch marks it at risk and overdue as for any open report (and tells the managers).
        deadlineState = DeadlineState.ON_TIME;
    }

    /** Work starts on a received or assigned report (a resolved one is reopened, with a note). */
    public void startWork(UserAccount actor, OffsetDateTime now, String note) {
        requireAllowed(ReportStep.START);
        move(ReportStatus.IN_PROGRESS, actor, now, note);
    }

    /**
     * @param businessTimeTaken the business time from receipt to now by the body's calendar, which
     *                          the transparency figures report (the entity does not know the calendar)
     */
    public void resolve(UserAccount actor, OffsetDateTime now, String note, java.time.Duration businessTimeTaken) {
        requireAllowed(ReportStep.RESOLVE);
        requireNote(note);
        if (businessTimeTaken == null || businessTimeTaken.isNegative()) {
            throw new IllegalArgumentException("the business time taken is required and cannot be negative");
        }
        move(ReportStatus.RESOLVED, actor, now, note);
        resolvedAt = now;
        businessMinutesToResolve = Math.toIntExact(businessTimeTaken.toMinutes());
    }

    /** Takes a resolved report back to work (only a resolved one: an open report is not "reopened"). */
    public void reopen(UserAccount actor, OffsetDateTime now, String note) {
        requireAllowed(ReportStep.REOPEN);
        requireNote(note);
        move(ReportStatus.IN_PROGRESS, actor, now, note);
        resolvedAt = null;
        businessMinutesToResolve = null;
    }

    public void close(UserAccount actor, OffsetDateTime now, String note) {
        requireAllowed(ReportStep.CLOSE);
        move(ReportStatus.CLOSED, actor, now, note);
        closedAt = now;
        endTerm(now);
    }

    public void reject(UserAccount actor, OffsetDateTime now, String reason) {
        requireAllowed(ReportStep.REJECT);
        requireNote(reason);
        move(ReportStatus.REJECTED, actor, now, reason);
        closedAt = now;
        endTerm(now);
    }

    public void markDuplicateOf(ServiceReport original, UserAccount actor, OffsetDateTime now) {
        requireAllowed(ReportStep.DUPLICATE);
        if (original == null || original == this || !original.body.equals(body)) {
            throw new RuleViolation("original", "report.duplicate.unknown");
        }
        if (original.status == ReportStatus.DUPLICATE) {
            throw new RuleViolation("original", "report.duplicate.ofDuplicate", original.getFolio());
        }
        move(ReportStatus.DUPLICATE, actor, now, original.getFolio());
        duplicateOf = original;
        closedAt = now;
        endTerm(now);
    }

    /** A manager hands the report to another department of the municipality; the status stays. */
    public void reassign(Department newDepartment, UserAccount actor, OffsetDateTime now, String note) {
        requireAllowed(ReportStep.REASSIGN);
        if (newDepartment == null || !newDepartment.belongsTo(body)) {
            throw new RuleViolation("department", "report.department.required");
        }
        this.department = newDepartment;
        this.assignee = null;
        history.add(new ReportTransition(this, status, status, now, actor, newDepartment.getName(), note));
    }

    /**
     * Someone else reports the same problem: he follows this report instead of filing another, and
     * the history says so with the given note, which must carry no personal data. Only an open
     * report is followed; the status stays.
     */
    public ReportFollower addFollower(
            Contact contact, Channel channel, UserAccount actor, OffsetDateTime now, String note) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Only an open report is followed, not a " + status + " one");
        }
        requireNote(note);
        ReportFollower follower =
                new ReportFollower(this, contact, Objects.requireNonNull(channel, "channel"), actor, now);
        followers.add(follower);
        history.add(new ReportTransition(this, status, status, now, actor, department.getName(), note));
        return follower;
    }

    /** Called by the deadline watch: 75% of the business time is used. */
    public boolean markAtRisk() {
        if (!status.isOpen() || deadlineState != DeadlineState.ON_TIME) {
            return false;
        }
        deadlineState = DeadlineState.AT_RISK;
        return true;
    }

    /** Called by the deadline watch: the deadline passed with the report still open. */
    public boolean markOverdue() {
        if (!status.isOpen() || deadlineState == DeadlineState.OVERDUE) {
            return false;
        }
        deadlineState = DeadlineState.OVERDUE;
        return true;
    }

    private void move(ReportStatus next, UserAccount actor, OffsetDateTime now, String note) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("A report cannot go from " + status + " to " + next);
        }
        history.add(new ReportTransition(this, status, next, now, actor, department.getName(), note));
        status = next;
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "report.note.required");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A finished report's term ended when it was answered: at its resolution, or now when it ends without one
     * (rejected, a duplicate). Whether it met its term is recorded then and never changes.
     */
    private void endTerm(OffsetDateTime now) {
        clock.answer(resolvedAt != null ? resolvedAt : now);
    }

    /**
     * A calendar change (a holiday added later) moved the due date of this open report: the clock's reading
     * is renewed and the history says so, with the dates before and after and why (the citizen sees it).
     */
    public void dueMoved(LegalClock legal, OffsetDateTime at, String why) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Only an open report's due date moves, not a " + status + " one");
        }
        OffsetDateTime before = clock.getDueAt();
        clock.moveDue(legal.read(clock.clock()));
        history.add(ReportTransition.dueMoved(this, at, before, clock.getDueAt(), why));
    }

    /** Deadline at resolution; true when it was met (or is still running on time). */
    public boolean isWithinDeadline() {
        if (clock.isClosed()) {
            return Boolean.TRUE.equals(clock.getMetTerm());
        }
        OffsetDateTime end = resolvedAt != null ? resolvedAt : closedAt;
        return end == null ? deadlineState != DeadlineState.OVERDUE : !end.isAfter(clock.getDueAt());
    }

    public Long getId() {
        return id;
    }

    public String getFolio() {
        return folio;
    }

    public int getFolioYear() {
        return folioYear;
    }

    public long getFolioNumber() {
        return folioNumber;
    }

    public Body getBody() {
        return body;
    }

    public PublicService getService() {
        return service;
    }

    public Department getDepartment() {
        return department;
    }

    public UserAccount getAssignee() {
        return assignee;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getDescription() {
        return description;
    }

    public Colonia getColonia() {
        return colonia;
    }

    public String getStreet() {
        return street;
    }

    public String getReference() {
        return reference;
    }

    public GeoPoint getPoint() {
        return point;
    }

    public Channel getChannel() {
        return channel;
    }

    /** Never null: JPA gives back an embeddable whose columns are all null as null, so a report filed without contact has {@link Contact#none()}. */
    public Contact getContact() {
        return contact == null ? Contact.none() : contact;
    }

    public UserAccount getCitizen() {
        return citizen;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    /** From when the report is at risk (75% of its business time used). */
    public OffsetDateTime getAtRiskAt() {
        return clock.getWarnFrom();
    }

    public OffsetDateTime getDueAt() {
        return clock.getDueAt();
    }

    public ClockRecord getClock() {
        return clock;
    }

    public DeadlineState getDeadlineState() {
        return deadlineState;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }

    /**
     * Fills in the business time of a report resolved before Puente kept it (see ResolutionTimes);
     * a report that has it, or was never resolved, refuses.
     */
    public void recordResolutionTime(java.time.Duration businessTimeTaken) {
        if (resolvedAt == null || businessMinutesToResolve != null) {
            throw new IllegalStateException("Only a resolved report without its resolution time gets one");
        }
        if (businessTimeTaken.isNegative()) {
            throw new IllegalArgumentException("negative business time");
        }
        businessMinutesToResolve = Math.toIntExact(businessTimeTaken.toMinutes());
    }

    /** See {@link #resolve}: null while the report is not resolved (or was reopened). */
    public Integer getBusinessMinutesToResolve() {
        return businessMinutesToResolve;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public ServiceReport getDuplicateOf() {
        return duplicateOf;
    }

    public List<ReportTransition> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public List<ReportFollower> getFollowers() {
        return Collections.unmodifiableList(followers);
    }

    public List<ReportPhoto> getPhotos() {
        return Collections.unmodifiableList(photos);
    }
}
