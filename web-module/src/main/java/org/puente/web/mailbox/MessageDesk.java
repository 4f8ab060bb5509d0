package org.puente.web.mailbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.puente.mailbox.Mailbox;
import org.puente.mailbox.MessageDetail;
import org.puente.organization.Department;
import org.puente.organization.OrganizationService;
import org.puente.petition.PetitionReceipt;
import org.puente.petition.PetitionType;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.web.platform.Texts;

/**
 * One message opened on /staff/buzon?mensaje=N, and the three ways to handle it: answer (e-mailed to the
 * sender), discard with a reason, or turn into a petition of the chosen type and department. Each form shows
 * its refusals beside its own fields; the rules are the Mailbox service's and the message's.
 */
@Named
@ViewScoped
public class MessageDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Mailbox mailbox;

    @Inject
    private OrganizationService organizations;

    @Inject
    private Texts texts;

    private Long mensaje;
    private MessageDetail message;
    private List<Department> departments = List.of();
    private String answer;
    private String reason;
    private PetitionType type;
    private Long departmentId;

    public void load() {
        if (mensaje != null && message == null) {
            message = mailbox.detail(mensaje);
            departments = organizations.departments(organizations.body(message.bodyId()));
        }
    }

    public String answer() {
        return run("reply", () -> mailbox.answer(message.id(), answer), "mailbox.answered");
    }

    public String discard() {
        return run("discard", () -> mailbox.discard(message.id(), reason), "mailbox.discarded");
    }

    public String convert() {
        try {
            PetitionReceipt receipt = mailbox.convert(message.id(), type, departmentId);
            texts.info("mailbox.converted", receipt.folio());
            return self();
        } catch (InvalidInputException refusal) {
            // The petition intake checks the message's own data too; what is not one of this form's two
            // fields is said for the whole page.
            for (BusinessException problem : refusal.getProblems()) {
                boolean ours = "type".equals(problem.getField()) || "department".equals(problem.getField());
                texts.show(
                        ours ? problem : new BusinessException(problem.getMessageKey(), problem.getArguments()),
                        "convert");
            }
            return null;
        } catch (BusinessException refusal) {
            texts.show(refusal, "convert");
            return null;
        }
    }

    private String run(String form, Supplier<MessageDetail> step, String done) {
        try {
            step.get();
            texts.info(done);
            return self();
        } catch (BusinessException refusal) {
            texts.show(refusal, form);
            return null;
        }
    }

    private String self() {
        return "/staff/buzon?faces-redirect=true&mensaje=" + message.id();
    }

    public List<PetitionType> getTypes() {
        return mailbox.conversionTypes();
    }

    public MessageDetail getMessage() {
        return message;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public Long getMensaje() {
        return mensaje;
    }

    public void setMensaje(Long mensaje) {
        this.mensaje = mensaje;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public PetitionType getType() {
        return type;
    }

    public void setType(PetitionType type) {
        this.type = type;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }
}
