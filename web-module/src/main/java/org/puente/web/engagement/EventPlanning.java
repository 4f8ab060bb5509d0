package org.puente.web.engagement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.puente.engagement.Conflict;
import org.puente.engagement.EventScheduling;
import org.puente.engagement.PersonRow;
import org.puente.engagement.RequestQueries;
import org.puente.engagement.RequestStep;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Refusals;
import org.puente.web.platform.Texts;

/**
 * The evaluator's calendar forms on /staff/solicitud: schedule the event with a moderator after
 * reviewing its conflicts, plan and mark the expert's trainings, cancel the scheduled event.
 */
@Named
@ViewScoped
public class EventPlanning implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestPage page;

    @Inject
    private EventScheduling scheduling;

    @Inject
    private RequestQueries queries;

    @Inject
    private Texts texts;

    private List<PersonRow> moderators = List.of();
    private Long moderatorId;
    private List<Conflict> conflicts;
    private Long reviewedModeratorId;
    private boolean conflictsSeen;
    private String scheduleNote;
    private LocalDateTime trainingAt;
    private String cancelReason;

    @PostConstruct
    void init() {
        if (page.can(RequestStep.SCHEDULE)) {
            moderators = queries.moderators();
        }
    }

    /** Shows the conflicts of scheduling with the chosen moderator, before confirming. */
    public void reviewConflicts() {
        if (moderatorId == null) {
            texts.error("schedule:moderator", "engagement.moderator.required");
            return;
        }
        try {
            conflicts = scheduling.conflicts(page.getId(), moderatorId);
            reviewedModeratorId = moderatorId;
            conflictsSeen = false;
        } catch (BusinessException refusal) {
            Refusals.show(texts, refusal, "schedule", Set.of("moderator"));
        }
    }

    public boolean isConflictsReviewed() {
        return conflicts != null && reviewedModeratorId != null && reviewedModeratorId.equals(moderatorId);
    }

    public String schedule() {
        if (!isConflictsReviewed()) {
            // Another moderator was chosen after the review (or none was made): review his first.
            reviewConflicts();
            texts.error("schedule:review", "engagement.conflict.review");
            return null;
        }
        if (!conflicts.isEmpty() && !conflictsSeen) {
            texts.error("schedule:seen", "engagement.conflict.unconfirmed");
            return null;
        }
        return page.run(
                "schedule",
                Set.of("moderator"),
                () -> scheduling.schedule(page.getId(), moderatorId, conflictsSeen, scheduleNote));
    }

    public String scheduleTraining() {
        return page.run("newTraining", Set.of("training"), () -> scheduling.scheduleTraining(page.getId(), trainingAt));
    }

    public String markTraining(Long trainingId, boolean done) {
        return page.run("trainings", Set.of(), () -> scheduling.markTraining(trainingId, done));
    }

    /** Cancels the scheduled chat or forum; the page asks for confirmation first. */
    public String cancelEvent() {
        return page.run("cancelEvent", Set.of("reason"), () -> scheduling.cancelEvent(page.getId(), cancelReason));
    }

    public List<PersonRow> getModerators() {
        return moderators;
    }

    public List<Conflict> getConflicts() {
        return conflicts;
    }

    public Long getModeratorId() {
        return moderatorId;
    }

    public void setModeratorId(Long moderatorId) {
        this.moderatorId = moderatorId;
    }

    public boolean isConflictsSeen() {
        return conflictsSeen;
    }

    public void setConflictsSeen(boolean conflictsSeen) {
        this.conflictsSeen = conflictsSeen;
    }

    public String getScheduleNote() {
        return scheduleNote;
    }

    public void setScheduleNote(String scheduleNote) {
        this.scheduleNote = scheduleNote;
    }

    public LocalDateTime getTrainingAt() {
        return trainingAt;
    }

    public void setTrainingAt(LocalDateTime trainingAt) {
        this.trainingAt = trainingAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
