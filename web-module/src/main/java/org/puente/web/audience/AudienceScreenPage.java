package org.puente.web.audience;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.puente.audience.AudienceMinutes;
import org.puente.audience.AudiencePlanning;
import org.puente.audience.AudienceScreen;
import org.puente.audience.AudienceView;
import org.puente.audience.StaffTurn;
import org.puente.audience.TurnStatus;
import org.puente.organization.Department;
import org.puente.platform.BusinessException;
import org.puente.web.platform.ErrorView;
import org.puente.web.platform.Texts;

/**
 * /staff/audiencia?sesion=ID: the officials' screen. Opens the session, calls the next turn, marks the called
 * one's result with its text, closes it; shows every turn and the computed minutes.
 */
@Named
@ViewScoped
public class AudienceScreenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AudienceScreen screen;

    @Inject
    private AudiencePlanning planning;

    @Inject
    private Texts texts;

    private Long sessionId;
    private AudienceView session;
    private List<StaffTurn> turns;
    private String outcome;
    private Long departmentId;

    public void load() {
        try {
            refresh();
        } catch (BusinessException unknown) {
            ErrorView.show(FacesContext.getCurrentInstance(), 404);
        }
    }

    private void refresh() {
        session = planning.view(sessionId);
        turns = screen.turns(sessionId);
    }

    public void open() {
        act(() -> screen.open(sessionId));
    }

    public void callNext() {
        act(() -> screen.callNext(sessionId));
    }

    public void settle(String result) {
        Optional<StaffTurn> called = getCalled();
        if (called.isEmpty()) {
            texts.error(null, "audience.turn.notCalled");
            return;
        }
        act(() -> screen.settle(sessionId, called.get().number(), TurnStatus.valueOf(result), outcome, departmentId));
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            outcome = null;
            departmentId = null;
        }
    }

    public void close() {
        act(() -> screen.close(sessionId));
    }

    private void act(Runnable step) {
        try {
            step.run();
        } catch (BusinessException refusal) {
            texts.show(refusal, "screen");
        }
        refresh();
    }

    public Optional<StaffTurn> getCalled() {
        return turns.stream().filter(t -> t.status() == TurnStatus.CALLED).findFirst();
    }

    public StaffTurn getCalledTurn() {
        return getCalled().orElse(null);
    }

    public AudienceMinutes getMinutes() {
        return screen.minutes(sessionId);
    }

    public List<Department> getDepartments() {
        return planning.departmentsOf(sessionId);
    }

    public AudienceView getSession() {
        return session;
    }

    public List<StaffTurn> getTurns() {
        return turns;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }
}
