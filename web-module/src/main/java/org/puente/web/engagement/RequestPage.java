package org.puente.web.engagement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.puente.engagement.Conflict;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EngagementRules;
import org.puente.engagement.ProposedSchedule;
import org.puente.engagement.RequestDetail;
import org.puente.engagement.RequestQueries;
import org.puente.engagement.RequestStep;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Refusals;
import org.puente.web.platform.Texts;

/**
 * /staff/solicitud?id=: one engagement request with its timeline. The steps the caller may take now
 * are the request's own answer ({@link RequestDetail#allowedSteps()}); each form group has its bean
 * ({@link RequestEvaluation}, {@link ExpertChoiceForm}, {@link EventPlanning}, {@link EnlaceAnswers})
 * and runs its step through {@link #run}.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The steps with a form in the actions card (trainings and the cancellation have their own places). */
    private static final Set<RequestStep> ACTIONS =
            EnumSet.complementOf(EnumSet.of(RequestStep.TRAINING, RequestStep.CANCEL_EVENT));

    @Inject
    private RequestQueries queries;

    @Inject
    private Texts texts;

    /** The ?id= of the address, as typed (a wrong one is a page not found, not an error). */
    private String idParam;

    private Long id;
    private RequestDetail request;
    private List<EngagementRules.Window> windows;

    public void load() {
        id = idParam == null || !idParam.matches("\\d{1,18}") ? null : Long.valueOf(idParam);
        if (id == null) {
            throw new BusinessException("error.notFound");
        }
        boolean first = request == null;
        request = queries.detail(id);
        if (first) {
            windows = queries.windows();
        }
    }

    /** The proposal on the table: the evaluator's adjustment while it waits, the request's otherwise. */
    ProposedSchedule currentSchedule() {
        return request.hasAdjustment() ? request.adjustedSchedule() : request.schedule();
    }

    List<String> currentTopics() {
        return request.hasAdjustment() && !request.adjustedTopics().isEmpty()
                ? request.adjustedTopics()
                : request.topics();
    }

    /** Whether the caller may take this step now. */
    public boolean can(RequestStep step) {
        return request != null && request.can(step);
    }

    /** True when the evaluator or the Enlace has a step with a form here now. */
    public boolean isActionable() {
        return ACTIONS.stream().anyMatch(this::can);
    }

    /**
     * Runs a step: on success the page is loaded again with a message; a refusal is shown on the
     * form's fields ({@code formId:field}) and the request read again.
     */
    String run(String formId, Set<String> fields, Runnable call) {
        try {
            call.run();
            texts.info("engagement.step.done");
            return "/staff/solicitud?faces-redirect=true&id=" + id;
        } catch (BusinessException refusal) {
            Refusals.show(texts, refusal, formId, fields);
            request = queries.detail(id);
            return null;
        }
    }

    public String conflictText(Conflict c) {
        return texts.get(c.messageKey(), c.arguments().toArray());
    }

    public boolean isChat() {
        return request != null && request.kind() == EngagementKind.CHAT;
    }

    public List<EngagementRules.Window> getWindows() {
        return windows;
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
}
