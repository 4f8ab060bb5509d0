package org.puente.web.audience;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.puente.abuse.Limit;
import org.puente.audience.AudienceReceipt;
import org.puente.audience.AudienceRegistration;
import org.puente.audience.AudienceSignUp;
import org.puente.audience.AudienceView;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.platform.BusinessException;
import org.puente.web.abuse.FormGuard;
import org.puente.web.casework.TrackingKeys;
import org.puente.web.identity.CurrentUser;
import org.puente.web.platform.ErrorView;
import org.puente.web.platform.Texts;

/** /audiencias/registro?sesion=ID: a citizen registers a petition for a session and gets his turn. */
@Named
@ViewScoped
public class AudienceRegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The code of what this session files, so that its tracking page and acuse open without it in the address. */
    @Inject
    private TrackingKeys keys;

    @Inject
    private AudienceRegistration audiences;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FormGuard guard;

    @Inject
    private Texts texts;

    private Long sessionId;
    private AudienceView session;
    private Long departmentId;
    private String subject;
    private String text;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private boolean privacyConsent;

    public void load() {
        session = audiences.session(sessionId).orElse(null);
        if (session == null) {
            ErrorView.show(FacesContext.getCurrentInstance(), 404);
            return;
        }
        if (contactEmail == null) {
            currentUser.account().filter(u -> !u.isStaff()).ifPresent(citizen -> {
                contactName = citizen.getFullName();
                contactEmail = citizen.getEmail();
            });
        }
    }

    public String submit() {
        try {
            guard.admitWithChallenge(Limit.AUDIENCE_SOURCE);
        } catch (BusinessException refusal) {
            texts.show(refusal, "registro");
            return null;
        }
        try {
            AudienceReceipt receipt = audiences.register(new AudienceSignUp(
                    sessionId, departmentId, subject, text, contactName, contactEmail, contactPhone, privacyConsent));
            keys.remember(receipt.folio(), receipt.trackingCode());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("audienceReceipt", receipt);
            return "/audiencias/registrada?faces-redirect=true";
        } catch (BusinessException refusal) {
            guard.giveBack(Limit.AUDIENCE_SOURCE);
            texts.show(refusal, "registro");
            return null;
        }
    }

    public List<Department> getDepartments() {
        return audiences.departments(sessionId);
    }

    /** The session's body, whose attention hours the form shows; null for an unknown session. */
    public Body getBody() {
        return audiences.bodyOf(sessionId).orElse(null);
    }

    public AudienceView getSession() {
        return session;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isPrivacyConsent() {
        return privacyConsent;
    }

    public void setPrivacyConsent(boolean privacyConsent) {
        this.privacyConsent = privacyConsent;
    }
}
