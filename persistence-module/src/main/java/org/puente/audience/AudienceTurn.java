package org.puente.audience;

import jakarta.persistence.Column;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.puente.petition.Petition;
import org.puente.platform.RuleViolation;

/**
 * A registered petition's turn in its session: its number (1..capacity, one per session), its estimated time,
 * and its result once the officials attended it. The petition itself is a PQRS from the registration on; the
 * turn only records what happened at the audience. Changed only through its session.
 */
@Entity
@Table(name = "audience_turn")
@NamedQuery(
        name = "AudienceTurn.ofDepartments",
        query = "select t from AudienceTurn t where t.petition.department in :departments"
                + " and t.session.status in :statuses order by t.session.day, t.session.startsAt, t.number")
@NamedQuery(
        name = "AudienceTurn.ofBody",
        query = "select t from AudienceTurn t where t.session.body = :body"
                + " and t.session.status in :statuses order by t.session.day, t.session.startsAt, t.number")
public class AudienceTurn {

    public static final int MAX_OUTCOME = Petition.MAX_TEXT;

    @Id
    @SequenceGenerator(name = "audience_turn_seq", sequenceName = "audience_turn_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audience_turn_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false)
    private AudienceSession session;

    @Column(name = "turn_number", nullable = false)
    private int number;

    @OneToOne(optional = false)
    @JoinColumn(name = "petition_id", nullable = false, unique = true)
    private Petition petition;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "estimated_at", nullable = false)
    private OffsetDateTime estimatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TurnStatus status;

    /** What was agreed (attended at once), why it does not proceed, or the note of its turning over. */
    @Column(length = MAX_OUTCOME)
    private String outcome;

    @Column(name = "called_at")
    private OffsetDateTime calledAt;

    @Column(name = "settled_at")
    private OffsetDateTime settledAt;

    protected AudienceTurn() {}

    AudienceTurn(
            AudienceSession session, int number, Petition petition, OffsetDateTime estimatedAt, OffsetDateTime at) {
        if (number < 1 || number > session.getCapacity()) {
            throw new IllegalArgumentException("A turn is 1.." + session.getCapacity() + ": " + number);
        }
        this.session = session;
        this.number = number;
        this.petition = petition;
        this.estimatedAt = estimatedAt;
        this.registeredAt = at;
        this.status = TurnStatus.WAITING;
    }

    void reestimate(OffsetDateTime at) {
        this.estimatedAt = at;
    }

    void call(OffsetDateTime at) {
        if (status != TurnStatus.WAITING) {
            throw new IllegalStateException("Turn " + number + " is " + status);
        }
        status = TurnStatus.CALLED;
        calledAt = at;
    }

    void settle(TurnStatus result, String text, OffsetDateTime at) {
        if (result == null || !result.isResult()) {
            throw new RuleViolation("result", "audience.result.required");
        }
        String clean = text == null || text.isBlank() ? null : text.strip();
        if (result.needsText() && clean == null) {
            throw new RuleViolation("outcome", "audience.outcome.required." + result.name());
        }
        if (clean != null && clean.length() > MAX_OUTCOME) {
            throw new RuleViolation("outcome", "audience.outcome.tooLong", MAX_OUTCOME);
        }
        status = result;
        outcome = result == TurnStatus.NO_SHOW ? null : clean;
        settledAt = at;
    }

    public Long getId() {
        return id;
    }

    public AudienceSession getSession() {
        return session;
    }

    public int getNumber() {
        return number;
    }

    public Petition getPetition() {
        return petition;
    }

    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }

    public OffsetDateTime getEstimatedAt() {
        return estimatedAt;
    }

    public TurnStatus getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public OffsetDateTime getCalledAt() {
        return calledAt;
    }

    public OffsetDateTime getSettledAt() {
        return settledAt;
    }
}
