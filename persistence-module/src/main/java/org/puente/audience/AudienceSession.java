package org.puente.audience;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.petition.Petition;
import org.puente.platform.RuleViolation;

/**
 * A digital public audience (seed 002: Metepec's Tuesdays 10:00-14:00): a day and a window in its body's time
 * zone, in person, online or both, the officials and departments attending, a capacity and the minutes each
 * turn is given. Citizens register petitions for it while it is planned, each getting the next turn; while it
 * runs the officials call turn after turn and mark each one's result. It guards its rules itself: the plan's
 * sense, the capacity, one registration per petition and per citizen, a turn called only while running and
 * one at a time, a result only for the called turn.
 */
@Entity
@Table(name = "audience_session")
@NamedQuery(
        name = "AudienceSession.ofBody",
        query = "select s from AudienceSession s where s.body = :body order by s.day desc, s.startsAt desc")
@NamedQuery(
        name = "AudienceSession.all",
        query = "select s from AudienceSession s order by s.day desc, s.startsAt desc")
@NamedQuery(
        name = "AudienceSession.upcoming",
        query = "select s from AudienceSession s where s.day >= :from and s.status in :statuses"
                + " order by s.day, s.startsAt")
@NamedQuery(
        name = "AudienceSession.closed",
        query = "select s from AudienceSession s where s.status = org.puente.audience.AudienceStatus.CLOSED"
                + " order by s.day desc, s.startsAt desc")
public class AudienceSession {

    @Id
    @SequenceGenerator(name = "audience_session_seq", sequenceName = "audience_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audience_session_seq")
    private Long id;

    /** Raised by every registration too (through {@link #registered}): two citizens never get the same turn. */
    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @Column(name = "session_day", nullable = false)
    private LocalDate day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AudienceMode mode;

    @Column(length = AudiencePlan.MAX_PLACE)
    private String place;

    @Column(name = "meeting_link", length = AudiencePlan.MAX_LINK)
    private String meetingLink;

    /** The officials attending, names and posts as the administrator writes them (public). */
    @Column(nullable = false, length = AudiencePlan.MAX_OFFICIALS)
    private String officials;

    @ManyToMany
    @JoinTable(
            name = "audience_session_department",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> departments = new HashSet<>();

    @Column(nullable = false)
    private int capacity;

    @Column(name = "minutes_per_turn", nullable = false)
    private int minutesPerTurn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AudienceStatus status;

    /** The turn being attended (the last one called), while the session runs. */
    @Column(name = "current_turn")
    private Integer currentTurn;

    @Column(nullable = false)
    private int registered;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<AudienceTurn> turns = new ArrayList<>();

    protected AudienceSession() {}

    /** A session planned on {@code today} (the body's day); a plan that makes no sense is refused. */
    public AudienceSession(Body body, AudiencePlan plan, LocalDate today) {
        this.body = Objects.requireNonNull(body, "body");
        this.status = AudienceStatus.PLANNED;
        apply(plan, today);
    }

    /** Changes the plan, only while it is planned; the capacity never below the turns already given. */
    public void edit(AudiencePlan plan, LocalDate today) {
        if (status != AudienceStatus.PLANNED) {
            throw new RuleViolation("audience.edit.notPlanned");
        }
        if (plan.capacity() < registered) {
            throw new RuleViolation("capacity", "audience.capacity.belowRegistered", registered);
        }
        boolean departmentInUse = turns.stream()
                .map(t -> t.getPetition().getDepartment())
                .anyMatch(d -> d != null && !plan.departments().contains(d));
        if (departmentInUse) {
            throw new RuleViolation("departments", "audience.departments.inUse");
        }
        apply(plan, today);
        turns.forEach(t -> t.reestimate(estimateFor(t.getNumber())));
    }

    private void apply(AudiencePlan plan, LocalDate today) {
        List<RuleViolation> problems = plan.problems(body, today);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        this.day = plan.day();
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.mode = plan.mode();
        this.place = plan.mode().needsPlace() ? AudiencePlan.clean(plan.place()) : null;
        this.meetingLink = plan.mode().needsLink() ? AudiencePlan.clean(plan.meetingLink()) : null;
        this.officials = plan.officials().strip();
        this.departments = new HashSet<>(plan.departments());
        this.capacity = plan.capacity();
        this.minutesPerTurn = plan.minutesPerTurn();
    }

    // ---- registration --------------------------------------------------------------------------

    /**
     * Refuses a registration before its petition is filed: the session no longer planned, full, the department
     * not attending, or the same citizen (account, e-mail or phone) registered already.
     */
    public void checkRegistration(Department department, Registrant who) {
        if (status != AudienceStatus.PLANNED) {
            throw new RuleViolation("audience.registration.closed");
        }
        if (seatsLeft() <= 0) {
            throw new RuleViolation("audience.full");
        }
        if (department == null || !departments.contains(department)) {
            throw new RuleViolation("department", "audience.department.notAttending");
        }
        if (turns.stream().anyMatch(t -> Registrant.of(t.getPetition()).sameAs(who))) {
            throw new RuleViolation("audience.registration.twice");
        }
    }

    /** Gives the petition the next turn, estimated at the window's start plus the turns before it. */
    public AudienceTurn register(Petition petition, OffsetDateTime at) {
        Objects.requireNonNull(petition, "petition");
        if (turns.stream().anyMatch(t -> t.getPetition() == petition || sameId(t.getPetition(), petition))) {
            throw new RuleViolation("audience.petition.registered");
        }
        if (!body.equals(petition.getBody())) {
            throw new RuleViolation("audience.petition.otherBody");
        }
        checkRegistration(petition.getDepartment(), Registrant.of(petition));
        int number = registered + 1;
        AudienceTurn turn = new AudienceTurn(this, number, petition, estimateFor(number), at);
        turns.add(turn);
        registered = number;
        return turn;
    }

    private static boolean sameId(Petition a, Petition b) {
        return a.getId() != null && a.getId().equals(b.getId());
    }

    /** When turn {@code number} is expected: the window's start plus the minutes of the turns before it. */
    public OffsetDateTime estimateFor(int number) {
        return day.atTime(startsAt)
                .plusMinutes((long) (number - 1) * minutesPerTurn)
                .atZone(body.getTimeZone())
                .toOffsetDateTime();
    }

    // ---- running it ----------------------------------------------------------------------------

    public void open(OffsetDateTime at) {
        if (!status.canMoveTo(AudienceStatus.OPEN)) {
            throw new RuleViolation("audience.open.notPlanned");
        }
        status = AudienceStatus.OPEN;
        openedAt = at;
    }

    /** Calls the lowest waiting turn; the called one must have its result first. */
    public AudienceTurn callNext(OffsetDateTime at) {
        requireOpen();
        if (called().isPresent()) {
            throw new RuleViolation("audience.turn.settleFirst");
        }
        AudienceTurn next = turns.stream()
                .filter(t -> t.getStatus() == TurnStatus.WAITING)
                .min(Comparator.comparingInt(AudienceTurn::getNumber))
                .orElseThrow(() -> new RuleViolation("audience.turn.noneWaiting"));
        next.call(at);
        currentTurn = next.getNumber();
        return next;
    }

    /** Marks the result of the called turn {@code number}; any other turn is refused. */
    public AudienceTurn settle(int number, TurnStatus result, String outcome, OffsetDateTime at) {
        requireOpen();
        AudienceTurn turn = turn(number).orElseThrow(() -> new RuleViolation("audience.turn.unknown"));
        if (turn.getStatus() != TurnStatus.CALLED) {
            throw new RuleViolation("audience.turn.notCalled");
        }
        turn.settle(result, outcome, at);
        return turn;
    }

    /** Ends the running session; the called turn must have its result first. Turns never called stay waiting. */
    public void close(OffsetDateTime at) {
        if (!status.canMoveTo(AudienceStatus.CLOSED)) {
            throw new RuleViolation("audience.notOpen");
        }
        if (called().isPresent()) {
            throw new RuleViolation("audience.turn.settleFirst");
        }
        status = AudienceStatus.CLOSED;
        closedAt = at;
        currentTurn = null;
    }

    /** Cancels a planned session; its registered petitions stay petitions, worked by their departments. */
    public void cancel(OffsetDateTime at) {
        if (!status.canMoveTo(AudienceStatus.CANCELLED)) {
            throw new RuleViolation("audience.cancel.notPlanned");
        }
        status = AudienceStatus.CANCELLED;
        closedAt = at;
    }

    private void requireOpen() {
        if (status != AudienceStatus.OPEN) {
            throw new RuleViolation("audience.notOpen");
        }
    }

    public Optional<AudienceTurn> called() {
        return turns.stream().filter(t -> t.getStatus() == TurnStatus.CALLED).findFirst();
    }

    public Optional<AudienceTurn> turn(int number) {
        return turns.stream().filter(t -> t.getNumber() == number).findFirst();
    }

    public int seatsLeft() {
        return capacity - registered;
    }

    public AudienceMinutes minutes() {
        return AudienceMinutes.of(this);
    }

    // ---- accessors -----------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public AudienceMode getMode() {
        return mode;
    }

    public String getPlace() {
        return place;
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public String getOfficials() {
        return officials;
    }

    /** The departments attending, by name. */
    public List<Department> getDepartments() {
        List<Department> list = new ArrayList<>(departments);
        list.sort(Comparator.comparing(Department::getName));
        return list;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getMinutesPerTurn() {
        return minutesPerTurn;
    }

    public AudienceStatus getStatus() {
        return status;
    }

    public Integer getCurrentTurn() {
        return currentTurn;
    }

    public int getRegistered() {
        return registered;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public List<AudienceTurn> getTurns() {
        return Collections.unmodifiableList(turns);
    }

    /** The plan as it stands, to edit it. */
    public AudiencePlan plan() {
        return new AudiencePlan(
                day, startsAt, endsAt, mode, place, meetingLink, officials, departments, capacity, minutesPerTurn);
    }
}
