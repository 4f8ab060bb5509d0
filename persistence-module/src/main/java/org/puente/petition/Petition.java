package org.puente.petition;

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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.puente.casework.CaseClock;
import org.puente.casework.CaseIdentity;
import org.puente.casework.ClockRecord;
import org.puente.casework.Folio;
import org.puente.casework.LegalClock;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.platform.RuleViolation;
import org.puente.report.Contact;

/**
 * A petition, complaint, claim, suggestion or denuncia (PQRS), or an ARCO request, on its body's legal
 * clock. It moves only through {@link PetitionStatus}'s transitions, records every step in its history,
 * keeps its clock in a {@link ClockRecord} and says which steps a person may take ({@link #stepsFor}).
 * Under a reserved identity, only the intake desk sees who filed it ({@link #filerVisibleTo}).
 */
@Entity
@Table(name = "petition")
@NamedQuery(name = "Petition.byFolio", query = "select p from Petition p where p.folio = :folio")
@NamedQuery(
        name = "Petition.ofCitizen",
        query = "select p from Petition p where p.citizen = :citizen order by p.clock.receivedAt desc")
@NamedQuery(
        name = "Petition.silentPrevented",
        query = "select p from Petition p where p.status = org.puente.petition.PetitionStatus.PREVENIDA")
public class Petition {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_TEXT = 4000;

    @Id
    @SequenceGenerator(name = "petition_seq", sequenceName = "petition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petition_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 30)
    private String folio;

    @Column(name = "folio_year", nullable = false)
    private int folioYear;

    @Column(name = "folio_number", nullable = false)
    private long folioNumber;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne
    @JoinColumn(name = "assignee_id")
    private UserAccount assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PetitionType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "arco_right", length = 14)
    private ArcoRight arcoRight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CaseIdentity identity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PetitionChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PetitionStatus status;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Embedded
    private Contact contact;

    @ManyToOne
    @JoinColumn(name = "citizen_id")
    private UserAccount citizen;

    /** The secret with which a filer without an account follows his petition. */
    @Column(name = "tracking_code", length = 16)
    private String trackingCode;

    @Embedded
    private ClockRecord clock;

    @Column(length = MAX_TEXT)
    private String response;

    @Column(name = "responded_at")
    private OffsetDateTime respondedAt;

    /** The competent body it was referred to (a name), when referred. */
    @Column(name = "referred_to", length = 200)
    private String referredTo;

    /** For an ARCO request: when the right was carried out after the answer. */
    @Column(name = "carried_out_at")
    private OffsetDateTime carriedOutAt;

    @OneToMany(mappedBy = "petition", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<PetitionEntry> history = new ArrayList<>();

    protected Petition() {}

    /**
     * A petition received at {@code clock}'s instant. The rules of contact and anonymity are the type's;
     * a department may be chosen by the filer or left to the intake desk.
     */
    public Petition(
            Folio folio,
            Body body,
            Department department,
            PetitionType type,
            ArcoRight arcoRight,
            CaseIdentity identity,
            PetitionChannel channel,
            String subject,
            String text,
            Contact contact,
            UserAccount citizen,
            CaseClock received,
            LegalClock calendar) {
        this.body = Objects.requireNonNull(body, "body");
        if (!body.getCode().equals(folio.bodyCode())) {
            throw new IllegalArgumentException("The folio is not the body's");
        }
        if (department != null && !department.getBody().equals(body)) {
            throw new RuleViolation("department", "petition.department.otherBody");
        }
        this.type = Objects.requireNonNull(type, "type");
        this.identity = Objects.requireNonNull(identity, "identity");
        if ((type == PetitionType.ARCO) != (arcoRight != null)) {
            throw new RuleViolation("arcoRight", "petition.arco.right");
        }
        if (identity == CaseIdentity.ANONYMOUS && !type.allowsAnonymous()) {
            throw new RuleViolation("identity", "petition.anonymous.notAllowed");
        }
        Contact given = contact == null ? Contact.none() : contact;
        if (identity == CaseIdentity.ANONYMOUS) {
            if (!given.isAnonymous() || citizen != null) {
                throw new RuleViolation("identity", "petition.anonymous.withContact");
            }
        } else if (type.needsContact(false)
                && given.getEmail() == null
                && given.getPhone() == null
                && citizen == null) {
            throw new RuleViolation("contact", "petition.contact.required");
        }
        this.subject = required("subject", subject, MAX_SUBJECT);
        this.text = required("text", text, MAX_TEXT);
        this.folio = folio.toString();
        this.folioYear = folio.year();
        this.folioNumber = folio.number();
        this.department = department;
        this.arcoRight = arcoRight;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.contact = given;
        this.citizen = citizen;
        this.status = PetitionStatus.RECIBIDA;
        this.clock = ClockRecord.of(received, calendar.read(received));
        record(PetitionEntry.Kind.RECEIVED, received.receivedAt(), null, null, null);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "petition." + field + ".required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new RuleViolation(field, "petition." + field + ".tooLong", max);
        }
        return v;
    }

    // ---- who may do what --------------------------------------------------------------------------

    /** The steps this person may take now: what his roles allow on this petition, in its status. */
    public Set<PetitionStep> stepsFor(UserAccount caller) {
        Set<PetitionStep> steps = EnumSet.noneOf(PetitionStep.class);
        if (!worksIt(caller) || !status.isOpen()) {
            return steps;
        }
        boolean desk = isIntakeDesk(caller);
        boolean department = ofDepartment(caller) || caller.hasRole(Role.ADMIN) || isManager(caller);
        boolean paused = status == PetitionStatus.PREVENIDA;
        if (desk || isManager(caller) || caller.hasRole(Role.ADMIN)) {
            steps.add(PetitionStep.ROUTE);
        }
        if (department
                && this.department != null
                && (isManager(caller) || caller.hasRole(Role.AGENTE) || caller.hasRole(Role.ADMIN))) {
            steps.add(PetitionStep.ASSIGN);
        }
        steps.add(PetitionStep.NOTE);
        boolean works = department || (desk && this.department == null);
        if (works && !paused) {
            // Extension, prevención and referral only where the terms in force at receipt provide for them.
            org.puente.casework.ClockTerms terms = clock.clock().terms();
            steps.add(PetitionStep.RESPOND);
            if (terms.referral().isPresent()) {
                steps.add(PetitionStep.REFER);
            }
            if (clock.getExtendedAt() == null && terms.allowsExtension()) {
                steps.add(PetitionStep.EXTEND);
            }
            if (clock.getPauseStart() == null && terms.pauseRules().isPresent()) {
                steps.add(PetitionStep.PREVENT);
            }
        }
        return steps;
    }

    /** Whether a person works petitions of this body at all (may open it in the intranet). */
    public boolean worksIt(UserAccount caller) {
        if (caller == null || !caller.isActive()) {
            return false;
        }
        if (caller.hasRole(Role.ADMIN)) {
            return true;
        }
        if (type == PetitionType.ARCO) {
            // An ARCO request carries the proof of a person's identity: only the data-protection officer works it.
            return false;
        }
        if (caller.getBody() == null || !caller.getBody().equals(body)) {
            return false;
        }
        return isIntakeDesk(caller) || isManager(caller) || (caller.hasRole(Role.AGENTE) && ofDepartment(caller));
    }

    /**
     * Whether this person may see who filed it (name, contact, account): everyone who works it, unless the
     * identity is reserved, when only the intake desk does.
     */
    public boolean filerVisibleTo(UserAccount caller) {
        if (!worksIt(caller)) {
            return false;
        }
        return switch (identity) {
            case IDENTIFIED -> true;
            case ANONYMOUS -> false;
            case RESERVED -> isIntakeDesk(caller);
        };
    }

    /**
     * Whether this person may open the files the filer attached: everyone who works it, except that a
     * reserved filer's files, which can name him (a letter signed, a photo of his house), are the intake
     * desk's alone, as his identity is. An anonymous filer's files are the case's evidence: they are seen.
     */
    public boolean attachmentsVisibleTo(UserAccount caller) {
        return worksIt(caller) && (identity != CaseIdentity.RESERVED || filerVisibleTo(caller));
    }

    private boolean isIntakeDesk(UserAccount caller) {
        return caller.hasRole(Role.OPERADOR) && body.equals(caller.getBody());
    }

    /** A manager works the whole body's petitions, as he does its reports (he routes them between departments). */
    private boolean isManager(UserAccount caller) {
        return caller.hasRole(Role.GERENTE) && body.equals(caller.getBody());
    }

    private boolean ofDepartment(UserAccount caller) {
        return department != null && department.equals(caller.getDepartment());
    }

    private void require(PetitionStep step, UserAccount actor) {
        if (!stepsFor(actor).contains(step)) {
            throw new RuleViolation("petition.step.notAllowed");
        }
    }

    // ---- steps ------------------------------------------------------------------------------------

    /** Sends it to a department (the first routing, or a reassignment); the person it had is released. */
    public void route(Department to, UserAccount actor, OffsetDateTime at) {
        require(PetitionStep.ROUTE, actor);
        Objects.requireNonNull(to, "to");
        if (!to.getBody().equals(body)) {
            throw new RuleViolation("department", "petition.department.otherBody");
        }
        if (to.equals(department)) {
            throw new RuleViolation("department", "petition.department.same");
        }
        this.department = to;
        this.assignee = null;
        record(PetitionEntry.Kind.ROUTED, at, actor, to.getName(), null);
    }

    /** Gives it to a person of its department (an agent taking it himself, or a manager's choice). */
    public void assign(UserAccount person, UserAccount actor, OffsetDateTime at) {
        require(PetitionStep.ASSIGN, actor);
        if (person == null
                || !person.isActive()
                || !person.hasRole(Role.AGENTE)
                || !department.equals(person.getDepartment())) {
            throw new RuleViolation("assignee", "petition.assignee.otherDepartment");
        }
        if (!isManager(actor) && !actor.hasRole(Role.ADMIN) && !person.equals(actor)) {
            throw new RuleViolation("assignee", "petition.assignee.self");
        }
        this.assignee = person;
        if (status == PetitionStatus.RECIBIDA) {
            moveTo(PetitionStatus.EN_TRAMITE);
        }
        record(PetitionEntry.Kind.ASSIGNED, at, actor, department.getName(), person.getFullName());
    }

    /** A note among staff; the citizen never reads it. */
    public void note(String note, UserAccount actor, OffsetDateTime at) {
        require(PetitionStep.NOTE, actor);
        record(PetitionEntry.Kind.NOTE, at, actor, unitOf(actor), required("note", note, PetitionEntry.MAX_TEXT));
    }

    /** The one extension, before the due date, with the reason the citizen is sent. */
    public void extend(LegalClock calendar, int units, String reason, UserAccount actor, OffsetDateTime at) {
        require(PetitionStep.EXTEND, actor);
        String why = required("reason", reason, 1000);
        store(clock.clock().extend(calendar, at, units, why), calendar);
        record(PetitionEntry.Kind.EXTENDED, at, actor, unitOf(actor), why);
    }

    /** A prevención: what the citizen must complete; the clock stops until he answers. */
    public void prevent(LegalClock calendar, String request, UserAccount actor, OffsetDateTime at) {
        require(PetitionStep.PREVENT, actor);
        String what = required("request", request, PetitionEntry.MAX_TEXT);
        store(clock.clock().pause(calendar, at), calendar);
        moveTo(PetitionStatus.PREVENIDA);
        record(PetitionEntry.Kind.PREVENTION, at, actor, unitOf(actor), what);
    }

    /** The citizen completed his petition: the clock runs again (or starts again, as the terms say). */
    public void citizenAnswers(LegalClock calendar, String answer, OffsetDateTime at) {
        if (status != PetitionStatus.PREVENIDA) {
            throw new RuleViolation("petition.answer.notPrevented");
        }
        String what = required("answer", answer, PetitionEntry.MAX_TEXT);
        store(clock.clock().resume(calendar, at), calendar);
        moveTo(PetitionStatus.EN_TRAMITE);
        record(PetitionEntry.Kind.CITIZEN_ANSWER, at, null, null, what);
    }

    /** The citizen's one extension of his time to answer a prevención, where the terms allow it. */
    public void extendAnswerTime(LegalClock calendar, OffsetDateTime at) {
        if (status != PetitionStatus.PREVENIDA) {
            throw new RuleViolation("petition.answer.notPrevented");
        }
        store(clock.clock().extendAnswerTime(calendar, at), calendar);
        record(PetitionEntry.Kind.ANSWER_TIME_EXTENDED, at, null, null, null);
    }

    /** Closes it as withdrawn when the citizen let his time to answer pass; true when it did. */
    public boolean withdrawIfSilent(LegalClock calendar, OffsetDateTime now) {
        if (status != PetitionStatus.PREVENIDA) {
            return false;
        }
        CaseClock after = clock.clock().withdrawIfSilent(calendar, now);
        if (!after.isClosed()) {
            return false;
        }
        store(after, calendar);
        moveTo(PetitionStatus.DESISTIDA);
        record(PetitionEntry.Kind.WITHDRAWN, now, null, null, null);
        return true;
    }

    /** The written response, which closes the petition; whether it met its term is recorded now. */
    public void respond(LegalClock calendar, String answer, UserAccount actor, OffsetDateTime at) {
        require(PetitionStep.RESPOND, actor);
        String what = required("response", answer, MAX_TEXT);
        store(clock.clock().close(calendar, at), calendar);
        this.response = what;
        this.respondedAt = at;
        moveTo(PetitionStatus.RESPONDIDA);
        record(PetitionEntry.Kind.RESPONDED, at, actor, unitOf(actor), null);
    }

    /** Sends it to the competent body, within the referral days; the citizen is told where and why. */
    public void refer(LegalClock calendar, String competentBody, String reason, UserAccount actor, OffsetDateTime at) {
        require(PetitionStep.REFER, actor);
        String to = required("referredTo", competentBody, 200);
        String why = required("reason", reason, 1000);
        store(clock.clock().refer(calendar, at), calendar);
        this.referredTo = to;
        moveTo(PetitionStatus.REMITIDA);
        record(PetitionEntry.Kind.REFERRED, at, actor, unitOf(actor), to + ": " + why);
    }

    /** An ARCO right carried out after its answer (the cancellation done, the data corrected). */
    public void carriedOut(UserAccount actor, OffsetDateTime at, String what) {
        if (type != PetitionType.ARCO || status != PetitionStatus.RESPONDIDA || carriedOutAt != null) {
            throw new RuleViolation("petition.arco.notToCarryOut");
        }
        this.carriedOutAt = at;
        record(PetitionEntry.Kind.CARRIED_OUT, at, actor, actor == null ? null : unitOf(actor), what);
    }

    /** A calendar change moved the due date of this open petition; its history says so. */
    public void dueMoved(LegalClock calendar, OffsetDateTime at, String why) {
        OffsetDateTime before = clock.getDueAt();
        clock.moveDue(calendar.read(clock.clock()));
        history.add(PetitionEntry.dueMoved(this, at, before, clock.getDueAt(), why));
    }

    /** Keeps the secret code of a filer without an account. */
    public void protectWithTrackingCode(String code) {
        if (code == null || code.length() < 8) {
            throw new IllegalArgumentException("A tracking code has at least 8 characters");
        }
        this.trackingCode = code;
    }

    /** Constant-time comparison of a code typed by the filer. */
    public boolean isTrackedWith(String code) {
        return trackingCode != null
                && code != null
                && MessageDigest.isEqual(
                        trackingCode.getBytes(StandardCharsets.UTF_8),
                        code.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Removes what identifies the filer (an ARCO cancellation carried out): his contact, his account and his
     * words; the folio, type, department, dates and clock stay as the public facts of the case.
     */
    public void anonymise(String replacement) {
        this.contact = Contact.none();
        this.citizen = null;
        this.text = replacement;
        this.subject = replacement.length() > MAX_SUBJECT ? replacement.substring(0, MAX_SUBJECT) : replacement;
        for (PetitionEntry e : history) {
            if (e.getKind() == PetitionEntry.Kind.CITIZEN_ANSWER) {
                e.blank();
            }
        }
    }

    private void store(CaseClock changed, LegalClock calendar) {
        clock.store(changed, calendar.read(changed));
    }

    private void moveTo(PetitionStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException(status + " -> " + next);
        }
        this.status = next;
    }

    private void record(PetitionEntry.Kind kind, OffsetDateTime at, UserAccount actor, String unit, String note) {
        history.add(new PetitionEntry(this, kind, at, actor, unit, note));
    }

    private String unitOf(UserAccount actor) {
        if (actor != null && actor.getDepartment() != null) {
            return actor.getDepartment().getName();
        }
        return body.getName();
    }

    // ---- reading ----------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public String getFolio() {
        return folio;
    }

    public Body getBody() {
        return body;
    }

    public Department getDepartment() {
        return department;
    }

    public UserAccount getAssignee() {
        return assignee;
    }

    public PetitionType getType() {
        return type;
    }

    public ArcoRight getArcoRight() {
        return arcoRight;
    }

    public CaseIdentity getIdentity() {
        return identity;
    }

    public PetitionChannel getChannel() {
        return channel;
    }

    public PetitionStatus getStatus() {
        return status;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    /** The filer's contact: personal data; callers check {@link #filerVisibleTo} first. */
    public Contact getContact() {
        return contact;
    }

    public UserAccount getCitizen() {
        return citizen;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public ClockRecord getClock() {
        return clock;
    }

    public OffsetDateTime getReceivedAt() {
        return clock.getReceivedAt();
    }

    public String getResponse() {
        return response;
    }

    public OffsetDateTime getRespondedAt() {
        return respondedAt;
    }

    public String getReferredTo() {
        return referredTo;
    }

    public OffsetDateTime getCarriedOutAt() {
        return carriedOutAt;
    }

    public List<PetitionEntry> getHistory() {
        return Collections.unmodifiableList(history);
    }

    /** The email to answer to, whether or not the filer has an account; null when none. */
    /**
     * The phone the filer gave, if any. A filer who gave no contact at all (a citizen signed in with his account)
     * has none: EclipseLink reads an embedded contact whose columns are all empty back as null.
     */
    public String contactPhone() {
        return contact == null ? null : contact.getPhone();
    }

    public String replyAddress() {
        if (citizen != null && citizen.getEmail() != null) {
            return citizen.getEmail();
        }
        return contact == null ? null : contact.getEmail();
    }
}
