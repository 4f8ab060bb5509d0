package org.puente.web.engagement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.puente.engagement.Conflict;
import org.puente.engagement.EventScheduling;
import org.puente.engagement.ProposedSchedule;
import org.puente.engagement.RequestDecisions;
import org.puente.engagement.RequestStep;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Refusals;
import org.puente.web.platform.Texts;

/** The evaluator's decision forms on /staff/solicitud: approve (with its conflicts), adjust, reject. */
@Named
@ViewScoped
public class RequestEvaluation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PROPOSAL_FIELDS = Set.of("schedule", "topics", "note");

    @Inject
    private RequestPage page;

    @Inject
    private RequestDecisions decisions;

    @Inject
    private EventScheduling scheduling;

    @Inject
    private Texts texts;

    private String approveNote;
    private List<Conflict> approvalConflicts = List.of();
    private final ProposalInput adjustment = new ProposalInput();
    private final ConflictReview adjustmentConflicts = new ConflictReview();
    private String adjustmentNote;
    private String rejectionReason;

    @PostConstruct
    void init() {
        if (page.getRequest() != null) {
            adjustment.fill(page.currentSchedule(), page.currentTopics());
            // Shown on the approval form: what approving this date would clash with.
            approvalConflicts = page.can(RequestStep.APPROVE) ? scheduling.conflicts(page.getId(), null) : List.of();
        }
    }

    public String approve() {
        return page.run("approve", Set.of(), () -> decisions.approve(page.getId(), approveNote));
    }

    /** Proposes the adjustment; when its date clashes with other events, shows that first and asks to tick it. */
    public String proposeAdjustment() {
        ProposedSchedule proposed = adjustment.schedule(page.getRequest().kind());
        try {
            if (!adjustmentConflicts.clears(proposed, () -> scheduling.adjustmentConflicts(page.getId(), proposed))) {
                texts.error("adjust:seen", "engagement.conflict.adjustment");
                return null;
            }
        } catch (BusinessException refusal) {
            Refusals.show(texts, refusal, "adjust", PROPOSAL_FIELDS);
            return null;
        }
        return page.run(
                "adjust",
                PROPOSAL_FIELDS,
                () -> decisions.proposeAdjustment(page.getId(), proposed, adjustment.topicList(), adjustmentNote));
    }

    public String reject() {
        return page.run("reject", Set.of("note"), () -> decisions.reject(page.getId(), rejectionReason));
    }

    public List<Conflict> getApprovalConflicts() {
        return approvalConflicts;
    }

    public ConflictReview getAdjustmentConflicts() {
        return adjustmentConflicts;
    }

    public ProposalInput getAdjustment() {
        return adjustment;
    }

    public String getApproveNote() {
        return approveNote;
    }

    public void setApproveNote(String approveNote) {
        this.approveNote = approveNote;
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
}
