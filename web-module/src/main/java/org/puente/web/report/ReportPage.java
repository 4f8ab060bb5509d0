package org.puente.web.report;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.puente.organization.Department;
import org.puente.organization.OrganizationService;
import org.puente.platform.BusinessException;
import org.puente.report.ReportDetail;
import org.puente.report.ReportPhoto;
import org.puente.report.ReportStatus;
import org.puente.report.ReportWork;
import org.puente.web.platform.Texts;

/** /staff/reporte?id=: one report with its history, photos and map, and the steps the caller may take. */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A step the page offers, and what it needs. */
    public enum Step { TAKE, START, RESOLVE, CLOSE, REOPEN, REJECT, DUPLICATE, REASSIGN, ASSIGN }

    @Inject
    private ReportWork work;

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
        report = work.detail(id);
    }

    public String act(Step step) {
        try {
            switch (step) {
                case TAKE -> work.take(id, note);
                case START -> work.startWork(id, note);
                case RESOLVE -> work.resolve(id, note, read(evidence));
                case CLOSE -> work.close(id, note);
                case REOPEN -> work.reopen(id, note);
                case REJECT -> work.reject(id, note);
                case DUPLICATE -> work.markDuplicate(id, original);
                case REASSIGN -> work.reassign(List.of(id), departmentId, note);
                case ASSIGN -> {
                    if (work.assign(List.of(id), agentId, note).assigned() == 0) {
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
            work.addInternalNote(id, internalNote);
            texts.info("report.internalNote.done");
            return "/staff/reporte?faces-redirect=true&id=" + id;
        } catch (BusinessException refusal) {
            texts.show(refusal, "internal");
            load();
            return null;
        }
    }

    /** The upload's bytes (one more than the limit at most, enough to refuse it as too large), or null. */
    private static byte[] read(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(ReportPhoto.MAX_BYTES + 1);
        }
    }

    /** Which steps the report's status allows now. */
    public boolean can(Step step) {
        var next = report.next();
        return switch (step) {
            case TAKE -> next.contains(ReportStatus.ASSIGNED);
            case START -> next.contains(ReportStatus.IN_PROGRESS) && report.status() != ReportStatus.RESOLVED;
            case RESOLVE -> next.contains(ReportStatus.RESOLVED);
            case CLOSE -> next.contains(ReportStatus.CLOSED);
            case REOPEN -> report.status() == ReportStatus.RESOLVED;
            case REJECT -> next.contains(ReportStatus.REJECTED);
            case DUPLICATE -> next.contains(ReportStatus.DUPLICATE);
            case REASSIGN, ASSIGN -> report.status().isOpen();
        };
    }

    public List<Department> getDepartments() {
        return organizations.departments(organizations.visibleBodies().stream()
                .filter(b -> b.getKind() == org.puente.organization.BodyKind.MUNICIPIO).findFirst().orElseThrow());
    }

    public Step[] getSteps() {
        return Step.values();
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
