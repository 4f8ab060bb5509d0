package org.puente.web.engagement;

import org.puente.web.platform.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.puente.engagement.Conflict;
import org.puente.engagement.EngagementService;
import org.puente.engagement.ExpertInput;
import org.puente.engagement.PersonRow;
import org.puente.engagement.RequestDetail;
import org.puente.engagement.RequestStatus;
import org.puente.engagement.EngagementRules;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /staff/solicitud?id=: one engagement request with its timeline, and the steps the caller may take
 * now (the evaluator's or the Enlace's). The service refuses anything else anyway.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PROPOSAL_FIELDS = Set.of("schedule", "topics", "note");

    /** A step the page offers. */
    public enum Action { APPROVE, ADJUST, REJECT, CONFIRM_EXPERT, SCHEDULE, TRAINING, ACCEPT, COUNTER, WITHDRAW }

    /** Whom the evaluator confirms as expert. */
    public enum ExpertChoice { PROPOSED, ACCOUNT, PERSON }

    @Inject
    private EngagementService engagements;

    @Inject
    private Texts texts;

    /** The ?id= of the address, as typed (a wrong one is a page not found, not an error). */
    private String idParam;
    private Long id;
    private RequestDetail request;
    private List<EngagementRules.Window> windows;
    private List<PersonRow> experts;
    private List<PersonRow> moderators;

    private String approveNote;
    private List<Conflict> approvalConflicts;
    private final ProposalInput adjustment = new ProposalInput();
    private final ConflictReview adjustmentConflicts = new ConflictReview();
    private String adjustmentNote;
    private String rejectionReason;
    private ExpertChoice expertChoice = ExpertChoice.PROPOSED;
    private Long expertAccountId;
    private String otherName;
    private String otherEmail;
    private String expertNote;
    private Long moderatorId;
    private List<Conflict> conflicts;
    private Long reviewedModeratorId;
    private boolean conflictsSeen;
    private String scheduleNote;
    private LocalDateTime trainingAt;
    private String acceptNote;
    private final ProposalInput counter = new ProposalInput();
    private String counterNote;
    private String withdrawNote;

    public void load() {
        id = idParam == null || !idParam.matches("\\d{1,18}") ? null : Long.valueOf(idParam);
        if (id == null) {
            throw new BusinessException("error.notFound");
        }
        boolean first = request == null;
        request = engagements.detail(id);
        if (first) {
            windows = engagements.windows();
            adjustment.fill(current(), currentTopics());
            counter.fill(current(), currentTopics());
            if (request.canEvaluate()) {
                // Shown on the approval form: what approving this date would clash with.
                approvalConflicts = can(Action.APPROVE) ? engagements.conflicts(id, null) : List.of();
                experts = engagements.experts();
                if (can(Action.SCHEDULE)) {
                    moderators = engagements.moderators();
                }
            }
        }
    }

    /** The proposal on the table: the evaluator's adjustment while it waits, the request's otherwise. */
    private org.puente.engagement.ProposedSchedule current() {
        return request.hasAdjustment() ? request.adjustedSchedule() : request.schedule();
    }

    private List<String> currentTopics() {
        return request.hasAdjustment() && !request.adjustedTopics().isEmpty() ? request.adjustedTopics() : request.topics();
    }

    /** Which steps the caller may take in the request's status. */
    public boolean can(Action action) {
        if (request == null) {
            return false;
        }
        RequestStatus s = request.status();
        return switch (action) {
            case APPROVE -> request.canEvaluate() && s.canMoveTo(RequestStatus.APPROVED);
            case ADJUST -> request.canEvaluate() && s.canMoveTo(RequestStatus.ADJUSTMENT_PROPOSED);
            case REJECT -> request.canEvaluate() && s.canMoveTo(RequestStatus.REJECTED);
            case CONFIRM_EXPERT -> request.canEvaluate() && s.canMoveTo(RequestStatus.EXPERT_CONFIRMED);
            case SCHEDULE -> request.canEvaluate() && s.canMoveTo(RequestStatus.SCHEDULED);
            case TRAINING -> request.canEvaluate() && request.expertAccountId() != null
                    && s != RequestStatus.REJECTED && s != RequestStatus.WITHDRAWN;
            case ACCEPT -> request.canAnswer() && s.canMoveTo(RequestStatus.ADJUSTMENT_ACCEPTED);
            case COUNTER -> request.canAnswer() && s.canMoveTo(RequestStatus.COUNTER_PROPOSED);
            case WITHDRAW -> request.canAnswer() && s.canMoveTo(RequestStatus.WITHDRAWN);
        };
    }

    /** True when the evaluator or the Enlace has a step to take here now (trainings have their own place). */
    public boolean isActionable() {
        for (Action a : Action.values()) {
            if (a != Action.TRAINING && can(a)) {
                return true;
            }
        }
        return false;
    }

    public String approve() {
        return step("approve", Set.of(), () -> engagements.approve(id, approveNote));
    }

    /** Proposes the adjustment; when its date clashes with other events, shows that first and asks to tick it. */
    public String proposeAdjustment() {
        org.puente.engagement.ProposedSchedule proposed = adjustment.schedule(request.kind());
        try {
            if (!adjustmentConflicts.clears(proposed, () -> engagements.adjustmentConflicts(id, proposed))) {
                texts.error("adjust:seen", "engagement.conflict.adjustment");
                return null;
            }
        } catch (BusinessException refusal) {
            Refusals.show(texts, refusal, "adjust", PROPOSAL_FIELDS);
            return null;
        }
        return step("adjust", PROPOSAL_FIELDS, () -> engagements.proposeAdjustment(id, proposed,
                adjustment.topicList(), adjustmentNote));
    }

    public List<Conflict> getApprovalConflicts() {
        return approvalConflicts;
    }

    public ConflictReview getAdjustmentConflicts() {
        return adjustmentConflicts;
    }

    public String reject() {
        return step("reject", Set.of("note"), () -> engagements.reject(id, rejectionReason));
    }

    public String confirmExpert() {
        if (expertChoice == ExpertChoice.ACCOUNT && expertAccountId == null) {
            texts.error("assign:expert", "engagement.expert.choose");
            return null;
        }
        return step("assign", Set.of("expert", "expertName", "expertEmail"), () -> engagements.confirmExpert(id,
                expertChoice == ExpertChoice.ACCOUNT ? expertAccountId : null,
                expertChoice == ExpertChoice.PERSON ? new ExpertInput(otherName, otherEmail) : null, expertNote));
    }

    /** Shows the conflicts of scheduling with the chosen moderator, before confirming. */
    public void reviewConflicts() {
        if (moderatorId == null) {
            texts.error("schedule:moderator", "engagement.moderator.required");
            return;
        }
        try {
            conflicts = engagements.conflicts(id, moderatorId);
            reviewedModeratorId = moderatorId;
            conflictsSeen = false;
        } catch (BusinessException refusal) {
            Refusals.show(texts, refusal, "schedule", Set.of("moderator"));
        }
    }

    public boolean isConflictsReviewed() {
        return conflicts != null && reviewedModeratorId != null && reviewedModeratorId.equals(moderatorId);
    }

    /** The label of an expert choice: the proposed person by name. */
    public String choiceLabel(ExpertChoice choice) {
        return switch (choice) {
            case PROPOSED -> request.expertAccountId() != null
                    ? texts.get("request.expert.choice.PROPOSED", request.expertAccountName())
                    : texts.get("request.expert.choice.PROPOSED.new", request.expertName(), request.expertEmail());
            case ACCOUNT -> texts.get("request.expert.choice.ACCOUNT");
            case PERSON -> texts.get("request.expert.choice.PERSON");
        };
    }

    public String conflictText(Conflict c) {
        return texts.get(c.messageKey(), c.arguments().toArray());
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
        return step("schedule", Set.of("moderator"), () -> engagements.schedule(id, moderatorId, conflictsSeen, scheduleNote));
    }

    public String scheduleTraining() {
        return step("newTraining", Set.of("training"), () -> engagements.scheduleTraining(id, trainingAt));
    }

    public String markTraining(Long trainingId, boolean done) {
        return step("trainings", Set.of(), () -> engagements.markTraining(trainingId, done));
    }

    public String acceptAdjustment() {
        return step("accept", Set.of(), () -> engagements.acceptAdjustment(id, acceptNote));
    }

    public String counterPropose() {
        return step("counter", PROPOSAL_FIELDS, () -> engagements.counterPropose(id, counter.schedule(request.kind()),
                counter.topicList(), counterNote));
    }

    public String withdraw() {
        return step("withdraw", Set.of(), () -> engagements.withdraw(id, withdrawNote));
    }

    private String step(String formId, Set<String> fields, Runnable call) {
        try {
            call.run();
            texts.info("engagement.step.done");
            return "/staff/solicitud?faces-redirect=true&id=" + id;
        } catch (BusinessException refusal) {
            Refusals.show(texts, refusal, formId, fields);
            request = engagements.detail(id);
            return null;
        }
    }

    public boolean isChat() {
        return request != null && request.kind() == org.puente.engagement.EngagementKind.CHAT;
    }

    public ExpertChoice[] getExpertChoices() {
        return ExpertChoice.values();
    }

    public List<EngagementRules.Window> getWindows() {
        return windows;
    }

    public List<PersonRow> getExperts() {
        return experts;
    }

    public List<PersonRow> getModerators() {
        return moderators;
    }

    public List<Conflict> getConflicts() {
        return conflicts;
    }

    public Long getId() {
        return id;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public RequestDetail getRequest() {
        return request;
    }

    public String getApproveNote() {
        return approveNote;
    }

    public void setApproveNote(String approveNote) {
        this.approveNote = approveNote;
    }

    public ProposalInput getAdjustment() {
        return adjustment;
    }

    public String getAdjustmentNote() {
        return adjustmentNote;
    }

    public void setAdjustmentNote(String adjustmentNote) {
        this.adjustmentNote = adjustmentNote;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    public ExpertChoice getExpertChoice() {
        return expertChoice;
    }

    public void setExpertChoice(ExpertChoice expertChoice) {
        this.expertChoice = expertChoice;
    }

    public Long getExpertAccountId() {
        return expertAccountId;
    }

    public void setExpertAccountId(Long expertAccountId) {
        this.expertAccountId = expertAccountId;
    }

    public String getOtherName() {
        return otherName;
    }

    public void setOtherName(String otherName) {
        this.otherName = otherName;
    }

    public String getOtherEmail() {
        return otherEmail;
    }

    public void setOtherEmail(String otherEmail) {
        this.otherEmail = otherEmail;
    }

    public String getExpertNote() {
        return expertNote;
    }

    public void setExpertNote(String expertNote) {
        this.expertNote = expertNote;
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

    public String getAcceptNote() {
        return acceptNote;
    }

    public void setAcceptNote(String acceptNote) {
        this.acceptNote = acceptNote;
    }

    public ProposalInput getCounter() {
        return counter;
    }

    public String getCounterNote() {
        return counterNote;
    }

    public void setCounterNote(String counterNote) {
        this.counterNote = counterNote;
    }

    public String getWithdrawNote() {
        return withdrawNote;
    }

    public void setWithdrawNote(String withdrawNote) {
        this.withdrawNote = withdrawNote;
    }
}
