package org.puente.web.mailbox;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.puente.mailbox.Mailbox;
import org.puente.mailbox.MessageReceipt;
import org.puente.mailbox.NewMessage;
import org.puente.organization.Body;
import org.puente.organization.OrganizationService;
import org.puente.platform.BusinessException;
import org.puente.web.abuse.FormGuard;
import org.puente.web.identity.CurrentUser;
import org.puente.web.platform.Texts;

/** The public contact form (/contacto): a message to a municipality's mailbox, then its confirmation page. */
@Named
@ViewScoped
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Mailbox mailbox;

    @Inject
    private OrganizationService organizations;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FormGuard guard;

    @Inject
    private Texts texts;

    private List<Body> municipalities;
    private Long bodyId;
    private String subject;
    private String text;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private boolean privacyConsent;

    @PostConstruct
    void init() {
        municipalities = organizations.municipalities();
        bodyId = municipalities.isEmpty() ? null : municipalities.get(0).getId();
        currentUser.account().filter(u -> !u.isStaff()).ifPresent(citizen -> {
            contactName = citizen.getFullName();
            contactEmail = citizen.getEmail();
        });
    }

    public String submit() {
        try {
            MessageReceipt receipt = mailbox.receive(
                    new NewMessage(bodyId, subject, text, contactName, contactEmail, contactPhone, privacyConsent),
                    guard.source());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("contactReceipt", receipt);
            return "/contacto-enviado?faces-redirect=true";
        } catch (BusinessException refusal) {
            texts.show(refusal, "contact");
            return null;
        }
    }

    /** The chosen municipality (its notice and attention hours are shown). */
    public Body getBody() {
        return municipalities.stream()
                .filter(b -> b.getId().equals(bodyId))
                .findFirst()
                .orElse(null);
    }

    public List<Body> getMunicipalities() {
        return municipalities;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
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
