package org.puente.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;

/** A short training on how chats and forums work, scheduled by the evaluator for an expert. */
@Entity
@Table(name = "expert_training")
@NamedQuery(
        name = "ExpertTraining.ofExpert",
        query = "select t from ExpertTraining t where t.expert = :expert order by t.scheduledAt desc, t.id desc")
@NamedQuery(
        name = "ExpertTraining.doneBy",
        query = "select count(t) from ExpertTraining t where t.expert = :expert and t.done = true")
public class ExpertTraining {

    @Id
    @SequenceGenerator(name = "expert_training_seq", sequenceName = "expert_training_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_training_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "expert_id", nullable = false)
    private UserAccount expert;

    @ManyToOne
    @JoinColumn(name = "request_id")
    private EngagementRequest request;

    @Column(name = "scheduled_at", nullable = false)
    private OffsetDateTime scheduledAt;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    @Version
    private int version;

    protected ExpertTraining() {}

    public ExpertTraining(UserAccount expert, EngagementRequest request, OffsetDateTime scheduledAt) {
        if (!expert.hasRole(Role.EXPERTO)) {
            throw new IllegalArgumentException("Trainings are for experts");
        }
        this.expert = expert;
        this.request = request;
        this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt");
    }

    public void markDone(OffsetDateTime now) {
        if (done) {
            throw new IllegalStateException("The training is already done");
        }
        done = true;
        doneAt = now;
    }

    public void markNotDone() {
        done = false;
        doneAt = null;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getExpert() {
        return expert;
    }

    public EngagementRequest getRequest() {
        return request;
    }

    public OffsetDateTime getScheduledAt() {
        return scheduledAt;
    }

    public boolean isDone() {
        return done;
    }

    public OffsetDateTime getDoneAt() {
        return doneAt;
    }
}
