package org.puente.web.arco;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.puente.arco.ArcoCase;
import org.puente.arco.ArcoDesk;
import org.puente.arco.Erasure;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /staff/arco-caso?id=: one ARCO request on the desk. Each form runs one step of {@link ArcoDesk} and comes
 * back to the page with what happened; a refusal shows on its field and keeps what was typed. View-scoped (as
 * {@code ReportPage}): a postback decides which forms it processes by the request it loaded on the first visit.
 */
@Named
@ViewScoped
public class ArcoCasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArcoDesk desk;

    @Inject
    private Texts texts;

    private Long id;
    private ArcoCase arco;
    private String answer;
    private Integer days;
    private String reason;
    private String prevention;
    private String fullName;
    private String email;

    public void load() {
        if (id == null) {
            throw new BusinessException("error.notFound");
        }
        arco = desk.open(id);
    }

    public String respond() {
        return step("respond", "arco.done.respond", () -> desk.respond(id, answer));
    }

    public String extend() {
        return step("extend", "arco.done.extend", () -> desk.extend(id, days == null ? 0 : days, reason));
    }

    public String prevent() {
        return step("prevent", "arco.done.prevent", () -> desk.prevent(id, prevention));
    }

    public String carryOut() {
        return step("carryOut", "arco.done.carryOut", () -> desk.carryOut(id));
    }

    public String carryOutRectification() {
        return step("rectify", "arco.done.carryOut", () -> desk.carryOutRectification(id, fullName, email));
    }

    public String carryOutCancellation() {
        try {
            Erasure done = desk.carryOutCancellation(id);
            texts.info("arco.done.cancel", done.reports(), done.petitions(), done.followings());
            return back();
        } catch (BusinessException refusal) {
            texts.show(refusal, "cancel");
            return null;
        }
    }

    private String step(String form, String done, Runnable action) {
        try {
            action.run();
            texts.info(done);
            return back();
        } catch (BusinessException refusal) {
            texts.show(refusal, form);
            return null;
        }
    }

    private String back() {
        return "/staff/arco-caso?faces-redirect=true&id=" + id;
    }

    /** The request as loaded for this view (the view action does not run on a postback). */
    public ArcoCase getArco() {
        if (arco == null && id != null) {
            arco = desk.open(id);
        }
        return arco;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPrevention() {
        return prevention;
    }

    public void setPrevention(String prevention) {
        this.prevention = prevention;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
