package org.puente.web.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;
import org.puente.organization.OrganizationService;
import org.puente.platform.BusinessException;
import org.puente.report.ReportDetail;
import org.puente.report.ReportDispatch;
import org.puente.report.ReportQueue;
import org.puente.report.ReportStep;
import org.puente.report.ReportSteps;
import org.puente.web.platform.Texts;

/**
 * /staff/reporte?id=: one report with its history, photos and map, and the steps the caller may take
 * (the report's own answer, {@link ReportDetail#steps()}). A little over 150 lines only because of
 * the accessors of the steps form's inputs (note, original folio, department, agent, evidence).
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportQueue queue;

    @Inject
    private ReportSteps steps;

    @Inject
    private ReportDispatch dispatch;

    @Inject
    private OrganizationService organizations;

    @Inject
    private Texts texts;

    private Long id;
    private ReportDetail report;
    private String note;
    private String original;
    private Long departmentId;
    private Long agentId;
    private String internalNote;
    private transient Part evidence;

    public void load() {
        report = queue.detail(id);
    }

    public String act(ReportStep step) {
        try {
            switch (step) {
                case TAKE -> steps.take(id, note);
                case START -> steps.startWork(id, note);
                case RESOLVE -> steps.resolve(id, note, HeldPhotos.read(evidence));
                case CLOSE -> steps.close(id, note);
                case REOPEN -> steps.reopen(id, note);
                case REJECT -> steps.reject(id, note);
                case DUPLICATE -> steps.markDuplicate(id, original);
                case REASSIGN -> dispatch.reassign(List.of(id), departmentId, note);
                case ASSIGN -> {
                    if (dispatch.assign(List.of(id), agentId, note).assigned() == 0) {
                        texts.error(null, "report.agent.notPossible");
                        load();
                        return null;
                    }
                }
            }
            texts.info("report.step.done");
            return "/staff/reporte?faces-redirect=true&id=" + id;
        } catch (BusinessException refusal) {
            texts.show(refusal, "actions");
            load();
            return null;
        } catch (IOException unreadable) {
            texts.error("actions:evidence", "report.photo.unreadable");
            load();
            return null;
        }
    }

    /** Saves a note only staff read; it takes no step and tells nobody. */
    public String addNote() {
        try {
            steps.addInternalNote(id, internalNote);
            texts.info("report.internalNote.done");
            return "/staff/reporte?faces-redirect=true&id=" + id;
        } catch (BusinessException refusal) {
            texts.show(refusal, "internal");
            load();
            return null;
        }
    }

    /** Whether the caller may take the step now, as the report says. */
    public boolean can(ReportStep step) {
        return report.can(step);
    }

    public List<Department> getDepartments() {
        return organizations.departments(organizations.visibleBodies().stream()
                .filter(b -> b.getKind() == BodyKind.MUNICIPIO)
                .findFirst()
                .orElseThrow());
    }

    public ReportStep[] getSteps() {
        return ReportStep.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReportDetail getReport() {
        return report;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getOriginal() {
        return original;
    }

    public void setOriginal(String original) {
        this.original = original;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }

    public Part getEvidence() {
        return evidence;
    }

    public void setEvidence(Part evidence) {
        this.evidence = evidence;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }
}
